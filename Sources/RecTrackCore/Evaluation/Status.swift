/// Where a recommendation stands, on DESIGN's scale.
public enum Status: String, Sendable, Codable, CaseIterable, Comparable {
    /// No evidence bears on it.
    case notAssessed = "not-assessed"
    /// Evidence exists but nothing has moved.
    case noProgress = "no-progress"
    /// Below half way.
    case limited
    /// Half way or more.
    case substantial
    /// Done.
    case implemented
    /// An owner formally declined and nothing later reversed it.
    case rejected

    /// The status that a progress figure (per cent) gives when evidence exists.
    public static func from(percent: Double) -> Status {
        switch percent {
        case ..<0.05: return .noProgress
        case ..<50: return .limited
        case ..<100: return .substantial
        default: return .implemented
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
