/// A deadline of one recommendation, as the worklist and the diff list it.
public struct RecommendationDeadline: Codable, Sendable, Equatable {
    /// The recommendation's id.
    public var recommendation: String
    /// The deadline as assessed.
    public var deadline: DeadlineState
}

/// A stalled recommendation, as the worklist and the diff list it.
public struct RecommendationStall: Codable, Sendable, Equatable {
    /// The recommendation's id.
    public var recommendation: String
    /// Its short title.
    public var title: String
    /// The stall.
    public var stall: Stall
}
