import RecTrackCore

/// A tracker with every recommendation assessed at one moment, and the evidence
/// behind each: what the site and the brief are made from.
public struct AssessedTracker: Sendable {
    /// The tracker.
    public let tracker: Tracker
    /// One assessment per recommendation, in recommendation order, each with its trend since `comparedWith`.
    public let assessments: [Assessment]
    /// The evidence bearing on each recommendation (by id) that is visible at the moment assessed, oldest first.
    public let evidence: [String: [Evidence]]
    /// The date assessed.
    public let asOf: Day
    /// Only evidence recorded by this date was used, when set.
    public let knownAt: Day?
    /// The earlier date trends are measured from: the last day of the quarter before `asOf`'s.
    public let comparedWith: Day

    /// Assesses every recommendation of `tracker` as of `asOf` (using evidence recorded by `knownAt`, when given),
    /// with trends against the last day of the previous quarter, as `rectrack status` does.
    public init(tracker: Tracker, asOf: Day, knownAt: Day? = nil) {
        let evaluator = Evaluator(tracker: tracker)
        let previous = Quarter(containing: asOf).previous.lastDay
        let assessments = evaluator.assessAll(asOf: asOf, knownAt: knownAt, comparedWith: previous)
        var evidence: [String: [Evidence]] = [:]
        for recommendation in tracker.recommendations {
            evidence[recommendation.id] = evaluator.evidence(bearingOn: recommendation.id, asOf: asOf, knownAt: knownAt)
        }
        self.init(tracker: tracker, assessments: assessments, evidence: evidence, asOf: asOf, knownAt: knownAt, comparedWith: previous)
    }

    /// Creates the value from parts already computed.
    public init(tracker: Tracker, assessments: [Assessment], evidence: [String: [Evidence]], asOf: Day, knownAt: Day?, comparedWith: Day) {
        self.tracker = tracker
        self.assessments = assessments
        self.evidence = evidence
        self.asOf = asOf
        self.knownAt = knownAt
        self.comparedWith = comparedWith
    }

    /// The recommendations, each with its assessment, in order.
    public var entries: [(recommendation: Recommendation, assessment: Assessment)] {
        tracker.recommendations.compactMap { recommendation in
            assessments.first { $0.recommendation == recommendation.id }.map { (recommendation, $0) }
        }
    }

    /// The evidence bearing on one recommendation, oldest first.
    public func evidence(for recommendation: String) -> [Evidence] { evidence[recommendation] ?? [] }

    /// The newest `recorded` date among the evidence used: what "known at" means when no `--known-at` was given.
    public var newestRecord: Day? {
        evidence.values.flatMap { $0 }.map(\.recorded).max()
    }

    /// The date that reports state as "known at": the `--known-at` date, or else the newest record used.
    public var effectiveKnownAt: Day? { knownAt ?? newestRecord }

    /// Recommendations whose status or progress moved since `comparedWith`, in order.
    public var moved: [Assessment] {
        assessments.filter { assessment in
            guard let trend = assessment.trend else { return false }
            return trend.direction != .same || trend.previousStatus != assessment.status
        }
    }

    /// Evidence dated after `comparedWith` that bears on any recommendation, newest first (then by id).
    public var newEvidence: [Evidence] {
        var seen = Set<String>()
        let items = evidence.keys.sorted().flatMap { evidence[$0] ?? [] }.filter { item in
            item.date.latest > comparedWith && seen.insert(item.id).inserted
        }
        return items.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
    }
}
