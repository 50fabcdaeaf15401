/// The protocol kinds a tracker may use: an immutable, sorted list looked up by id.
public struct ProtocolRegistry: Sendable {
    /// The kinds, sorted by id.
    public let kinds: [any AssessmentProtocol.Type]
    private let byID: [String: any AssessmentProtocol.Type]

    /// Creates a registry; kinds are sorted by id, and the first of two with the same id wins
    /// (a test checks that none share an id).
    public init(_ kinds: [any AssessmentProtocol.Type]) {
        self.kinds = kinds.sorted { $0.description.id < $1.description.id }
        var byID: [String: any AssessmentProtocol.Type] = [:]
        for kind in self.kinds where byID[kind.description.id] == nil { byID[kind.description.id] = kind }
        self.byID = byID
    }

    /// `weight:`, which any protocol that is a part of another (such as `all-of`) may take.
    public static let partWeight = ParameterDescription("weight", .number(.positive), default: "1",
        "This part's weight within all-of or any-of. Only allowed on a part, not on the recommendation's own protocol.")

    /// The ids, sorted.
    public var ids: [String] { kinds.map { $0.description.id } }

    /// The kind with this id.
    public func kind(_ id: String) -> (any AssessmentProtocol.Type)? { byID[id] }

    /// Parses a protocol mapping (`kind:` and its parameters).
    ///
    /// With `allowingWeight`, a `weight:` key is read too (for parts of composite kinds);
    /// the weight is returned beside the protocol, 1 when absent.
    public func parse(_ node: YAMLNode, context: ProtocolParsingContext, allowingWeight: Bool = false)
        -> (protocol: any AssessmentProtocol, weight: Double)? {
        var reader = MappingReader(node, entity: "the protocol", sink: context.sink)
        guard reader.isMapping else { return nil }
        let weight = allowingWeight ? reader.optional(Self.partWeight.name, ValueReader.positiveNumber) ?? 1 : 1
        guard let kindName = reader.required("kind", ValueReader.text) else {
            reader.finish()
            return nil
        }
        guard let kind = kind(kindName) else {
            let hint = Suggestion.didYouMean(kindName, in: ids)
            context.sink.report(.unknownProtocolKind, "unknown protocol kind '\(kindName)'.\(hint.isEmpty ? " Known kinds: \(ids.joined(separator: ", "))." : hint)",
                               at: reader.location(of: "kind"))
            return nil
        }
        let parsed = kind.init(reading: &reader, context: context)
        reader.finish()
        guard let parsed else { return nil }
        return (parsed, weight)
    }
}
