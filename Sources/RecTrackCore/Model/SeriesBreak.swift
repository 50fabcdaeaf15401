/// A change of method in a statistic: figures for periods before `date` and from `date` on do not compare.
public struct SeriesBreak: Sendable, Codable, Hashable {
    /// The first period of the new method.
    public var date: Day
    /// Why the figures do not compare, from the statistic's source.
    public var reason: String

    /// Creates a break.
    public init(date: Day, reason: String) {
        self.date = date
        self.reason = reason
    }
}

extension Metric {
    /// Which series a figure belongs to: its own label when it has one (a separate analysis), or else the stretch
    /// between the metric's breaks that its period falls in ("before 2017-09-30", "from 2017-09-30").
    public func series(of period: Day, label: String?) -> String {
        if let label { return label }
        guard let first = breaks.first else { return "" }
        guard let last = breaks.last(where: { $0.date <= period }) else { return "before \(first.date)" }
        return "from \(last.date)"
    }
}
