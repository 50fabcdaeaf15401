/// Where a recommendation stands, on DESIGN's scale.
public enum Status: String, Sendable, Codable, CaseIterable, Comparable {
    /// No evidence bears on it.
    case notAssessed = "not-assessed"
    /// Evidence exists but nothing has moved.
    case noProgress = "no-progress"
    /// Something moved, but less than half of the weight is finished.
    case limited
    /// Finished tests and reached targets carry at least half of the weight.
    case substantial
    /// Every test met and every target reached.
    case implemented
    /// An owner formally declined and nothing later reversed it.
    case rejected

    /// The status when evidence bears on a recommendation and nobody declined it: it follows what is finished,
    /// never the average of half-credits. `progress` (0–1, partial credit kept) only tells whether anything moved.
    public static func from(completion: Completion, progress: Double) -> Status {
        if completion.allMet { return .implemented }
        if completion.metShare >= 0.5 { return .substantial }
        return progress > 0 ? .limited : .noProgress
    }

    /// The statuses from the best to the worst, as a legend lists them.
    public static let legendOrder: [Status] = [.implemented, .substantial, .limited, .noProgress, .notAssessed, .rejected]

    /// How the status is decided, in two sentences for the people who read it.
    public static let rule = """
        The status follows what is finished: a "done when" test counts only when it is fully met, and a target only \
        when the latest figure reaches it. The progress figure also gives half credit for tests partly met, so it can \
        be higher than the status suggests.
        """

    /// What the status means, in one sentence for the people who read it.
    public var meaning: String {
        switch self {
        case .notAssessed: return "No evidence bears on it yet, or it could not be assessed."
        case .noProgress: return "Evidence bears on it, but nothing has moved."
        case .limited: return "Something moved, but less than half the weight is finished."
        case .substantial: return "Met tests and reached targets carry at least half the weight."
        case .implemented: return "Every done-when test is met and every target reached."
        case .rejected: return "An owner formally declined it; nothing since has reversed that."
        }
    }

    /// Order for trends: rejected is worst, then not-assessed, then the scale upwards.
    public var rank: Int {
        switch self {
        case .rejected: return -1
        case .notAssessed: return 0
        case .noProgress: return 1
        case .limited: return 2
        case .substantial: return 3
        case .implemented: return 4
        }
    }

    /// Words for people: "not assessed", "substantial".
    public var label: String { String(rawValue.map { $0 == "-" ? " " : $0 }) }

    public static func < (lhs: Status, rhs: Status) -> Bool { lhs.rank < rhs.rank }
}

/// Which way a recommendation moved since an earlier date.
public enum TrendDirection: String, Sendable, Codable, CaseIterable {
    case up, down, same
}
