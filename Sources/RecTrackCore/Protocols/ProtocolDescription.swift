/// Everything a user needs to know about a protocol kind; `rectrack protocols`
/// prints it, and its examples are run as tests.
public struct ProtocolDescription: Sendable {
    /// The kebab-case id written as `kind:`.
    public var id: String
    /// One line on what it measures.
    public var summary: String
    /// A paragraph on how it scores, for the reference.
    public var discussion: String
    /// Its parameters.
    public var parameters: [ParameterDescription]
    /// Small evidence sets with the status each must yield.
    public var examples: [ProtocolExample]

    /// Creates a description.
    public init(id: String, summary: String, discussion: String, parameters: [ParameterDescription], examples: [ProtocolExample]) {
        self.id = id
        self.summary = summary
        self.discussion = discussion
        self.parameters = parameters
        self.examples = examples
    }
}

/// A worked example: a protocol, some evidence, and the status it must yield.
public struct ProtocolExample: Sendable {
    /// What the example shows.
    public var title: String
    /// The recommendation's `protocol:` mapping, as YAML.
    public var protocolYAML: String
    /// Evidence files, as YAML, bearing on recommendation `R1`.
    public var evidence: [String]
    /// The date to assess as of.
    public var asOf: Day
    /// The status the assessment must have.
    public var expectedStatus: Status
    /// The progress (per cent, 1 decimal) it must have, when it matters.
    public var expectedProgress: Double?

    /// Creates an example.
    public init(_ title: String, protocol protocolYAML: String, evidence: [String], asOf: Day,
                expect expectedStatus: Status, progress expectedProgress: Double? = nil) {
        self.title = title
        self.protocolYAML = protocolYAML
        self.evidence = evidence
        self.asOf = asOf
        self.expectedStatus = expectedStatus
        self.expectedProgress = expectedProgress
    }
}
