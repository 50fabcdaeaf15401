/// A metric's starting point: the value at the report's date. It is the progress method's dated figure, so the
/// pace is judged from it as it is.
public typealias MetricBaseline = ProgressMethod.Point
