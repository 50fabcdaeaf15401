import RecTrackCore

/// The protocol kinds that ship with rectrack. Adding a kind is one new file and one line here.
public enum BuiltinProtocols {
    /// Every built-in kind, sorted by id.
    public static let kinds: [any AssessmentProtocol.Type] = [
        AllOfProtocol.self,
        AnyOfProtocol.self,
        ExternalProtocol.self,
        MetricProtocol.self,
        MilestonesProtocol.self,
        ResponseProtocol.self,
    ]

    /// A registry of the built-in kinds.
    public static let registry = ProtocolRegistry(kinds)
}
