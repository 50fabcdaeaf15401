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
    /// What moved the recommendation, each with its evidence: the one-line reason names the newest (by date, then
    /// text), so a protocol may leave out events older than its own newest.
    public var keyEvents: [KeyEvent]
    /// Sentences with the evidence behind each.
    public var rationale: [RationaleSentence]
    /// Milestone detail.
    public var milestones: [MilestoneState]
    /// Metric detail.
    public var metrics: [MetricState]
    /// Problems met while assessing (a plugin that failed, a series with no data).
    public var warnings: [String]
    /// Ids of evidence this outcome used: those its rationale names and ``citedOutsideRationale`` (made when read;
    /// setting it sets ``citedOutsideRationale``).
    public var cited: Set<String> {
        get { citedOutsideRationale.union(rationale.lazy.flatMap { $0.evidence }) }
        set { citedOutsideRationale = newValue }
    }
    /// Ids of evidence used that no rationale sentence names, such as the figures a composite's parts cite.
    public var citedOutsideRationale: Set<String>
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
        // Kept apart from the rationale's ids: joining them here, for every part of every protocol, cost more than it saved.
        self.citedOutsideRationale = cited
        self.failure = failure
    }
}
