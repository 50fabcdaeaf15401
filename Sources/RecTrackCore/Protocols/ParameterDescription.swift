/// One parameter of a protocol kind, or one key of a mapping parameter.
public struct ParameterDescription: Sendable, Equatable {
    /// The key.
    public var name: String
    /// What kind of value it takes.
    public var kind: ParameterKind
    /// The default when it may be left out, as written in YAML; nil when it has none.
    public var defaultValue: String?
    /// True when the key must be given.
    public var isRequired: Bool
    /// What it means.
    public var summary: String

    /// Creates a parameter description. A parameter with a default, or marked `optional`, may be left out;
    /// any other is required.
    public init(_ name: String, _ kind: ParameterKind, default defaultValue: String? = nil, optional: Bool = false, _ summary: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.isRequired = defaultValue == nil && !optional
        self.summary = summary
    }

    /// The kind in words, for the reference: "list of {id, title, weight?, achieved-by?}".
    public var type: String { kind.words }
}
