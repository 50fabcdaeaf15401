/// A change of method in a statistic: figures for periods before `date` and from `date` on do not compare, unless the
/// source bridges the two methods (publishes figures on both, or a factor that links them).
public struct SeriesBreak: Sendable, Codable, Hashable {
    /// The first period of the new method.
    public var date: Day
    /// Why the figures do not compare, from the statistic's source.
    public var reason: String
    /// How the source links the figures before and after, when it does: the break then divides nothing.
    public var bridge: String?

    /// Creates a break.
    public init(date: Day, reason: String, bridge: String? = nil) {
        self.date = date
        self.reason = reason
        self.bridge = bridge
    }
}

extension Metric {
    /// Which series a figure belongs to: its own label when it has one (a separate analysis), or else the stretch
    /// between the metric's breaks that its period falls in ("before 2017-09-30", "from 2017-09-30").
    public func series(of period: Day, label: String?) -> String {
        Metric.series(of: period, label: label, breaks: breaks)
    }

    private static func series(of period: Day, label: String?, breaks: [SeriesBreak]) -> String {
        if let label { return label }
        let dividing = breaks.filter { $0.bridge == nil }
        guard let first = dividing.first else { return "" }
        guard let last = dividing.last(where: { $0.date <= period }) else { return "before \(first.date)" }
        return "from \(last.date)"
    }

    /// The points up to `asOf`, each with the series it belongs to under `breaks` (nil for one series).
    static func keyed(_ points: [SeriesPoint], asOf: Day, breaks: [SeriesBreak]) -> [SeriesPoint] {
        var keyed: [SeriesPoint] = []
        keyed.reserveCapacity(points.count)
        for point in points where point.period <= asOf {
            var point = point
            let key = series(of: point.period, label: point.series, breaks: breaks)
            point.series = key.isEmpty ? nil : key
            keyed.append(point)
        }
        return keyed
    }
}
