/// Everything a protocol may use to assess one recommendation at one date.
public struct AssessmentInput: Sendable {
    /// The recommendation.
    public let recommendation: Recommendation
    /// Evidence bearing on it that is visible as of the date, oldest first (superseded evidence removed).
    public let evidence: [Evidence]
    /// The date assessed.
    public let asOf: Day
    /// The series of every metric as of the date.
    public let series: MetricSeries
    /// The tracker's metrics.
    public let metrics: MetricCatalog
    /// Where the tracker is and what it may run.
    public let environment: AssessmentEnvironment
    /// Each visible evidence with its bearings on this recommendation, oldest first (computed once: every protocol part reads it).
    public let bearings: [EvidenceBearing]

    /// Creates an input.
    public init(recommendation: Recommendation, evidence: [Evidence], asOf: Day, series: MetricSeries,
                metrics: MetricCatalog, environment: AssessmentEnvironment) {
        self.recommendation = recommendation
        self.evidence = evidence
        self.asOf = asOf
        self.series = series
        self.metrics = metrics
        self.environment = environment
        let id = recommendation.id
        var bearings: [EvidenceBearing] = []
        bearings.reserveCapacity(evidence.count)
        for item in evidence {
            // By index, so that only the bearings on this recommendation are copied.
            let all = item.bearings
            for index in all.indices where all[index].recommendation == id {
                bearings.append(EvidenceBearing(evidence: item, bearing: all[index]))
            }
        }
        self.bearings = bearings
    }

    /// A copy with another protocol's view: the same evidence and date.
    public func with(recommendation: Recommendation) -> AssessmentInput {
        AssessmentInput(recommendation: recommendation, evidence: evidence, asOf: asOf, series: series, metrics: metrics, environment: environment)
    }
}

/// The observations of every metric visible as of a date, revisions resolved.
public struct MetricSeries: Sendable {
    private let points: [String: [SeriesPoint]]
    /// Each metric's figures as of ``figuresAsOf``, keyed by series with the breaks they were keyed by: made once for
    /// every recommendation that reads the metric, rather than once per recommendation.
    private let figures: [String: (breaks: [SeriesBreak], points: [SeriesPoint])]
    private let figuresAsOf: Day?

    /// Creates series from points per metric id (sorted by period).
    public init(_ points: [String: [SeriesPoint]]) {
        self.points = points
        self.figures = [:]
        self.figuresAsOf = nil
    }

    /// Creates series from points per metric id (sorted by period), with each metric's figures as of `asOf` keyed once
    /// by the series they belong to in `metrics` (a metric missing from it has one series).
    public init(_ points: [String: [SeriesPoint]], keyedBy metrics: MetricCatalog, asOf: Day) {
        self.points = points
        var figures: [String: (breaks: [SeriesBreak], points: [SeriesPoint])] = [:]
        figures.reserveCapacity(points.count)
        for (metric, series) in points {
            let breaks = metrics.metric(metric)?.breaks ?? []
            figures[metric] = (breaks, Metric.keyed(series, asOf: asOf, breaks: breaks))
        }
        self.figures = figures
        self.figuresAsOf = asOf
    }

    /// The points of one metric, by period.
    public func points(for metric: String) -> [SeriesPoint] { points[metric] ?? [] }

    /// The figures of `metric` as of `asOf`, in period order, each with the series it belongs to under `definition`
    /// (nil for a metric with one series), so that only figures of one series are compared.
    public func figures(for metric: String, asOf: Day, definition: Metric) -> [SeriesPoint] {
        if asOf == figuresAsOf, let keyed = figures[metric], keyed.breaks == definition.breaks { return keyed.points }
        return Metric.keyed(points(for: metric), asOf: asOf, breaks: definition.breaks)
    }
}

/// Where the tracker is and which external plugins may run.
public struct AssessmentEnvironment: Sendable {
    /// The tracker's root folder.
    public var root: String
    /// Folders whose executables `external` protocols may run: the tracker's `Plugins/` and any allowed with `--allow-plugins`.
    public var pluginDirectories: [String]

    /// Creates an environment; the tracker's own `Plugins/` folder is always allowed.
    public init(root: String, allowedPluginDirectories: [String] = []) {
        self.root = root
        self.pluginDirectories = [root.hasSuffix("/") ? root + "Plugins" : root + "/Plugins"] + allowedPluginDirectories
    }
}
