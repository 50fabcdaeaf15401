/// Where one recommendation stands at one date, with the reasons and evidence behind it.
public struct Assessment: Sendable, Codable, Hashable {
    /// How the recommendation moved since an earlier date.
    public struct Trend: Sendable, Codable, Hashable {
        // Stored properties in the order of their JSON keys' bytes: the JSON writer writes each member as it comes, with
        // nothing to move (checked by SortedJSONWriterTests).
        /// Up, down or same.
        public var direction: TrendDirection
        /// The progress then (per cent).
        public var previousProgress: Double
        /// The formal response then, only when it differs from the response now (`none` when there was none yet).
        public var previousResponse: ResponseVerdict?
        /// The status then.
        public var previousStatus: Status
        /// The earlier date compared with.
        public var since: Day
    }

    // Stored properties in the order of their JSON keys' bytes: the JSON writer writes each member as it comes, with
    // nothing to move (checked by SortedJSONWriterTests).
    /// The date assessed.
    public var asOf: Day
    /// Every evidence id cited, sorted.
    public var evidence: [String]
    /// Only evidence recorded by this date was used, when set.
    public var knownAt: Day?
    /// The date of the newest evidence used.
    public var lastEvidence: FactDate?
    /// Metric detail.
    public var metrics: [MetricState]
    /// Milestone detail.
    public var milestones: [MilestoneState]
    /// Its number.
    public var number: Int
    /// Its owner ids, lead first.
    public var owners: [String]
    /// Progress in per cent, rounded to one decimal.
    public var progress: Double
    /// The full reasoning.
    public var rationale: [RationaleSentence]
    /// One line: the status and why.
    public var reason: String
    /// The recommendation's id.
    public var recommendation: String
    /// Each owner's latest reply visible at this moment, lapsed or standing, in owner order; nil when there is none,
    /// so outputs and snapshots without replies keep their shape.
    public var replies: [ReplyStanding]? = nil
    /// The id of the report the recommendation comes from, when the tracker has several (its ``recommendation`` is then
    /// qualified, `no-good-options:R6`); nil in a one-report tracker, so its outputs and snapshots keep their shape.
    public var reportID: String? = nil
    /// The formal response, when the protocol tracks it.
    public var response: ResponseVerdict?
    /// Every formal response, oldest first, when the protocol tracks them and there is at least one.
    public var responses: [ResponseRecord]?
    /// True when the newest evidence is older than the recommendation's `stale-after`.
    public var stale: Bool
    /// Set when evidence keeps arriving but none has moved it for the recommendation's `stall-after`.
    public var stalled: Stall?
    /// The status.
    public var status: Status
    /// Its short title.
    public var title: String
    /// Movement since an earlier date, when asked for.
    public var trend: Trend?
    /// Problems met while assessing.
    public var warnings: [String]

    /// Every deadline of its milestones and targets, in protocol order.
    public var deadlines: [DeadlineState] {
        milestones.compactMap(\.deadline) + metrics.compactMap(\.deadline)
    }
}
