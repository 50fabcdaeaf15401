/// Which way a target lies.
public enum TargetDirection: String, Sendable, Codable, CaseIterable {
    case up, down
}

/// A metric's state as of the assessment date.
public struct MetricState: Sendable, Codable, Hashable {
    /// The metric's id.
    public var metric: String
    /// Its title.
    public var title: String
    /// Its unit.
    public var unit: MetricUnit
    /// The starting point.
    public var baseline: MetricBaseline
    /// The value aimed for.
    public var target: Double
    /// Whether the target is above or below the baseline.
    public var direction: TargetDirection
    /// The newest observation as of the date, if any after the baseline.
    public var latest: SeriesPoint?
    /// Share of the distance from baseline to target covered (0–1).
    public var progress: Double
    /// Movement of the latest value against the one before: up, down or same.
    public var trend: TrendDirection?
    /// Every observation as of the date, by period.
    public var series: [SeriesPoint] {
        get { storedSeries ?? [] }
        set { storedSeries = newValue }
    }
    /// The series as written: nil only in a state that names its series by ``seriesId`` instead, which then leaves it
    /// out (with thousands of recommendations on a few metrics, repeating each series made most of the status JSON).
    private var storedSeries: [SeriesPoint]?
    /// Who set the target; nil when the recommendation's record does not say (`validate` warns).
    public var targetOrigin: TargetOrigin?
    /// The date by which the target is to be reached, when one was set.
    public var targetDate: Day?
    /// How fast it is moving, by the Open SDG (Statistics Canada) method; nil before a figure after the baseline.
    public var pace: ProgressJudgement?
    /// Whether the figure for the latest period due is in, when the metric's frequency is known.
    public var latestPeriod: LatestPeriodCheck?
    /// The figure progress is measured from when it is not the report's baseline (the latest figure is of another
    /// series than the report's): the first figure of the latest's series.
    public var comparedFrom: MetricBaseline?
    /// True when the latest figure has no earlier figure of its series to be measured from: "not comparable yet".
    /// Absent (nil) otherwise, so snapshots written before it read back unchanged.
    public var notComparableYet: Bool?
    /// The target's deadline and where it stands, when the report or the government set a date for it.
    public var deadline: DeadlineState?
    /// Set only in a document that lists each series once (`status --format json`): the key of this state's series in
    /// the document's `metricSeries`. The state is then written with this key in place of its `series`.
    public private(set) var seriesId: String? = nil

    // In the order of the keys' bytes: the JSON writer writes each member as it comes, with nothing to move (checked
    // by SortedJSONWriterTests).
    private enum CodingKeys: String, CodingKey {
        case baseline, comparedFrom, deadline, direction, latest, latestPeriod, metric, notComparableYet, pace, progress,
             storedSeries = "series", seriesId, target, targetDate, targetOrigin, title, trend, unit
    }

    /// Creates a state.
    public init(metric: String, title: String, unit: MetricUnit, baseline: MetricBaseline, target: Double, direction: TargetDirection,
                latest: SeriesPoint?, progress: Double, trend: TrendDirection?, series: [SeriesPoint],
                targetOrigin: TargetOrigin? = nil, targetDate: Day? = nil, pace: ProgressJudgement? = nil, latestPeriod: LatestPeriodCheck? = nil,
                comparedFrom: MetricBaseline? = nil, notComparableYet: Bool? = nil) {
        self.comparedFrom = comparedFrom
        self.notComparableYet = notComparableYet
        self.targetOrigin = targetOrigin
        self.targetDate = targetDate
        self.pace = pace
        self.latestPeriod = latestPeriod
        self.metric = metric
        self.title = title
        self.unit = unit
        self.baseline = baseline
        self.target = target
        self.direction = direction
        self.latest = latest
        self.progress = progress
        self.trend = trend
        self.series = series
    }
}

extension MetricState {
    /// The series as its JSON holds it under `series`: nil in a state that names its series by ``seriesId`` instead.
    public var writtenSeries: [SeriesPoint]? { storedSeries }

    /// This state as a document that lists each series once writes it: naming its series `id`, without the series.
    public func namingSeries(_ id: String) -> MetricState {
        var state = self
        state.seriesId = id
        state.storedSeries = nil
        return state
    }
}
