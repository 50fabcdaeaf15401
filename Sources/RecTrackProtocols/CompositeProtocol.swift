import RecTrackCore

/// A kind made of weighted parts, each a protocol of any kind (`all-of`, `any-of`): it reads `parts`, declares
/// what its parts declare and merges their detail; only the rule that combines the parts' progress is its own.
public protocol CompositeProtocol: AssessmentProtocol {
    /// The parts, as read from `parts:`.
    var parts: CompositeParts { get }

    /// Makes the kind from parts already read.
    init(parts: CompositeParts)

    /// One progress and one completion from the parts that measure progress (never none of them).
    static func combine(_ measured: [CompositeParts.Measured]) -> (progress: Double, completion: Completion)
}

extension CompositeProtocol {
    public init?(reading parameters: inout MappingReader, context: ProtocolParsingContext) {
        guard let parts = CompositeParts(reading: &parameters, context: context) else { return nil }
        self.init(parts: parts)
    }

    public var milestones: [Milestone] { parts.milestones }
    public var metrics: [String] { parts.metrics }

    public func assess(_ input: AssessmentInput) -> ProtocolOutcome {
        parts.assess(input, combine: Self.combine)
    }

    public func verdict(_ input: AssessmentInput) -> ProtocolVerdict {
        parts.verdict(input, combine: Self.combine)
    }
}
