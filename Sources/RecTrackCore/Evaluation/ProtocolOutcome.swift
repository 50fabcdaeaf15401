/// A sentence of an assessment's reasoning, with the evidence behind it.
public struct RationaleSentence: Sendable, Codable, Hashable {
    /// The sentence.
    public var text: String
    /// Ids of the evidence it rests on (may be empty for "no evidence yet").
    public var evidence: [String]

    /// Creates a sentence.
    public init(_ text: String, evidence: [String] = []) {
        self.text = text
        self.evidence = evidence
    }
}

/// How far a milestone is met.
public enum MilestoneProgress: String, Sendable, Codable {
    case met
    case partlyMet = "partly-met"
    case notMet = "not-met"
}

/// A milestone's state as of the assessment date.
public struct MilestoneState: Sendable, Codable, Hashable {
    /// The milestone's id.
    public var id: String
    /// The "done when" statement.
    public var title: String
    /// Met, partly met or not met.
    public var state: MilestoneProgress
    /// Credit from 0 to 1.
    public var credit: Double
    /// Its weight in the protocol.
    public var weight: Double
    /// The evidence bearing on it, oldest first.
    public var evidence: [String]
    /// True when its credit rests only on claim-type evidence (announcements, statements, responses).
    public var claimsOnly: Bool
    /// When met, the evidence that met it.
    public var metBy: String?
    /// When met, why that evidence counts under the milestone's terms: "a legislation, not a claim; DfE and DCLG acted together".
    public var metBecause: String?
    /// Its deadline and where it stands, when it has one.
    public var deadline: DeadlineState?

    /// Creates a state.
    public init(id: String, title: String, state: MilestoneProgress, credit: Double, weight: Double, evidence: [String], claimsOnly: Bool,
                metBy: String? = nil, metBecause: String? = nil, deadline: DeadlineState? = nil) {
        self.deadline = deadline
        self.metBy = metBy
        self.metBecause = metBecause
        self.id = id
        self.title = title
        self.state = state
        self.credit = credit
        self.weight = weight
        self.evidence = evidence
        self.claimsOnly = claimsOnly
    }
}

/// One point of a metric's series.
public struct SeriesPoint: Sendable, Codable, Hashable {
    /// The date the figure refers to.
    public var period: Day
    /// The figure.
    public var value: Double
    /// The evidence that reports it (the latest, when revised).
    public var evidence: String
    /// That evidence's publisher.
    public var source: String
    /// A note on the figure, e.g. a revision.
    public var note: String?
    /// The series it belongs to: the observation's own label, or the stretch between the metric's breaks it falls in;
    /// nil for a metric with one series.
    public var series: String?

    /// Creates a point.
    public init(period: Day, value: Double, evidence: String, source: String, note: String? = nil, series: String? = nil) {
        self.series = series
        self.period = period
        self.value = value
        self.evidence = evidence
        self.source = source
        self.note = note
    }
}

/// A metric's starting point: the value at the report's date.
public struct MetricBaseline: Sendable, Codable, Hashable {
    /// The date the value refers to.
    public var period: Day
    /// The value.
    public var value: Double

    /// Creates a baseline.
    public init(period: Day, value: Double) {
        self.period = period
        self.value = value
    }
}

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
    public var series: [SeriesPoint]
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

/// How much of a protocol's "done when" tests and targets is finished: fully met, never partly.
///
/// The status follows this, not the progress figure: half-credits raise progress but finish nothing.
public struct Completion: Sendable, Hashable {
    /// The share of the weight (0–1) whose tests are fully met and whose targets are reached.
    public var metShare: Double
    /// True only when every test is met and every target reached, decided on exact values.
    public var allMet: Bool

    /// Creates a completion.
    public init(metShare: Double, allMet: Bool) {
        self.metShare = metShare
        self.allMet = allMet
    }

    /// Nothing finished.
    public static let nothing = Completion(metShare: 0, allMet: false)
    /// Everything finished.
    public static let everything = Completion(metShare: 1, allMet: true)
}

/// What one protocol (or part) concludes for one recommendation at one date.
public struct ProtocolOutcome: Sendable {
    /// Progress from 0 to 1, or nil when this protocol does not measure progress (e.g. `response`).
    public var progress: Double?
    /// What is finished, when this protocol measures progress. A protocol that gives progress without it is
    /// taken to have finished everything only at a progress of exactly 1, and nothing before.
    public var completion: Completion?
    /// The formal response, when this protocol tracks it.
    public var response: ResponseVerdict?
    /// Every formal response visible, oldest first; the last is ``response``.
    public var responses: [ResponseRecord] = []
    /// A short clause for the one-line reason when no event names what happened, e.g. "2 of 3 milestones met".
    public var headline: String?
    /// What moved the recommendation, each with its evidence: the one-line reason names the newest.
    public var keyEvents: [KeyEvent]
    /// Sentences with the evidence behind each.
    public var rationale: [RationaleSentence]
    /// Milestone detail.
    public var milestones: [MilestoneState]
    /// Metric detail.
    public var metrics: [MetricState]
    /// Problems met while assessing (a plugin that failed, a series with no data).
    public var warnings: [String]
    /// Ids of evidence this outcome used.
    public var cited: Set<String>
    /// Why the protocol could not assess at all (a plugin that failed); the status is then `not-assessed`.
    public var failure: String?

    /// Creates an outcome.
    public init(progress: Double?, completion: Completion? = nil, response: ResponseVerdict? = nil, headline: String? = nil,
                rationale: [RationaleSentence] = [], milestones: [MilestoneState] = [], metrics: [MetricState] = [],
                warnings: [String] = [], cited: Set<String> = [], failure: String? = nil, keyEvents: [KeyEvent] = []) {
        self.keyEvents = keyEvents
        self.progress = progress
        self.completion = completion ?? progress.map { $0 == 1 ? Completion.everything : Completion.nothing }
        self.response = response
        self.headline = headline
        self.rationale = rationale
        self.milestones = milestones
        self.metrics = metrics
        self.warnings = warnings
        self.cited = cited.union(rationale.flatMap(\.evidence))
        self.failure = failure
    }
}
