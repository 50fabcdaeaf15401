/// One recommendation as assessed at one moment, with the evidence that was visible to the assessment.
public struct AssessedRecommendation: Sendable {
    /// The recommendation.
    public let recommendation: Recommendation
    /// Where it stands, with its trend when the evaluation compared with an earlier date.
    public let assessment: Assessment
    /// The evidence bearing on it that was visible at the moment assessed, oldest first (superseded evidence removed):
    /// exactly what its protocol was given.
    public let evidence: [Evidence]

    /// Creates an entry.
    public init(recommendation: Recommendation, assessment: Assessment, evidence: [Evidence]) {
        self.recommendation = recommendation
        self.assessment = assessment
        self.evidence = evidence
    }
}

/// A tracker with every recommendation assessed at one moment, and the evidence behind each: the one result
/// of an ``Evaluator`` that every command and renderer reads. Renderers never evaluate.
public struct AssessedTracker: Sendable {
    /// The tracker.
    public let tracker: Tracker
    /// The recommendations assessed, in recommendation order.
    public let entries: [AssessedRecommendation]
    /// The date assessed.
    public let asOf: Day
    /// Only evidence recorded by this date was used, when set.
    public let knownAt: Day?
    /// The earlier date trends were measured from, when asked for.
    public let comparedWith: Day?
    private let positions: [String: Int]

    /// Creates the value from entries already assessed.
    public init(tracker: Tracker, entries: [AssessedRecommendation], asOf: Day, knownAt: Day?, comparedWith: Day?) {
        self.tracker = tracker
        self.entries = entries
        self.asOf = asOf
        self.knownAt = knownAt
        self.comparedWith = comparedWith
        var positions: [String: Int] = [:]
        // By index: each id is read in place, not the whole entry (recommendation, assessment and evidence) copied.
        for position in entries.indices { positions[entries[position].recommendation.id] = position }
        self.positions = positions
    }

    /// The assessments, in recommendation order.
    public var assessments: [Assessment] { entries.map(\.assessment) }

    /// The entry of one recommendation, by id.
    public func entry(for recommendation: String) -> AssessedRecommendation? {
        positions[recommendation].map { entries[$0] }
    }

    /// The evidence bearing on one recommendation that was visible to its assessment, oldest first.
    public func evidence(for recommendation: String) -> [Evidence] { entry(for: recommendation)?.evidence ?? [] }

    /// The same moment with only the entries that pass `isIncluded` (e.g. one owner's recommendations).
    public func filter(_ isIncluded: (AssessedRecommendation) -> Bool) -> AssessedTracker {
        AssessedTracker(tracker: tracker, entries: entries.filter(isIncluded), asOf: asOf, knownAt: knownAt, comparedWith: comparedWith)
    }

    /// The newest `recorded` date among the evidence used: what "known at" means when no `--known-at` was given.
    public var newestRecord: Day? {
        entries.lazy.flatMap(\.evidence).map { $0.recorded }.max()
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
        guard let comparedWith else { return [] }
        var seen = Set<String>()
        let items = entries.flatMap(\.evidence).filter { item in
            item.date.latest > comparedWith && seen.insert(item.id).inserted
        }
        return items.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
    }
}
