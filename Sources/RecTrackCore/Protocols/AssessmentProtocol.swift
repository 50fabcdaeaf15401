/// A kind of assessment protocol: how one recommendation is assessed from its evidence.
///
/// A kind reads and checks its own parameters from the recommendation's
/// `protocol:` mapping, declares the milestones and metrics it refers to (so
/// evidence can be checked against them), and assesses one recommendation as of
/// a date. Built-in kinds live in RecTrackProtocols and use only this public API,
/// so a kind written outside the package is written the same way.
public protocol AssessmentProtocol: Sendable {
    /// The kind's id, summary, parameters and examples.
    static var description: ProtocolDescription { get }

    /// Reads the kind's parameters (every key but `kind` and `weight`), reporting
    /// problems to `context.sink`; nil when the parameters cannot be used.
    init?(reading parameters: inout MappingReader, context: ProtocolParsingContext)

    /// Milestones this protocol (and any part of it) declares, in order.
    var milestones: [Milestone] { get }

    /// Metric ids this protocol (and any part of it) measures.
    var metrics: [String] { get }

    /// Assesses one recommendation over the evidence bearing on it, as of `input.asOf`.
    func assess(_ input: AssessmentInput) -> ProtocolOutcome

    /// The verdict alone of ``assess(_:)`` on the same input, for dates whose status is compared but never explained.
    /// The default assesses and keeps the verdict; a kind may skip building its sentences instead, and must then give
    /// exactly the verdict its outcome gives (a test checks the built-in kinds on every fixture).
    func verdict(_ input: AssessmentInput) -> ProtocolVerdict
}

extension AssessmentProtocol {
    public var milestones: [Milestone] { [] }
    public var metrics: [String] { [] }
    public func verdict(_ input: AssessmentInput) -> ProtocolVerdict { ProtocolVerdict(assess(input)) }
    /// The kind's id.
    public var kind: String { Self.description.id }
}

/// What a protocol may consult while it reads its parameters.
public struct ProtocolParsingContext {
    /// All protocol kinds, for composite kinds that parse parts.
    public let registry: ProtocolRegistry
    /// The tracker's metrics, to check metric ids.
    public let metrics: MetricCatalog
    /// The tracker's owners, to check owner ids.
    public let owners: OwnerDirectory
    /// Where problems go.
    public let sink: DiagnosticSink

    /// Creates a context.
    public init(registry: ProtocolRegistry, metrics: MetricCatalog, owners: OwnerDirectory = OwnerDirectory([]), sink: DiagnosticSink) {
        self.registry = registry
        self.metrics = metrics
        self.owners = owners
        self.sink = sink
    }
}

/// The tracker's metrics (`Recommendations/metrics.yaml`), looked up by id.
public struct MetricCatalog: Sendable {
    /// Metrics in file order.
    public let metrics: [Metric]
    private let byID: [String: Metric]

    /// Ids of metric entries that failed to load: references to them are not reported again.
    public let brokenIDs: Set<String>

    /// Creates a catalogue.
    public init(_ metrics: [Metric], brokenIDs: Set<String> = []) {
        self.metrics = metrics
        self.brokenIDs = brokenIDs
        self.byID = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The metric with this id.
    public func metric(_ id: String) -> Metric? { byID[id] }

    /// All ids, for suggestions.
    public var ids: [String] { metrics.map(\.id) }

    /// True when `id` names a metric entry that failed to load (its own error is already reported).
    public func isBroken(_ id: String) -> Bool { brokenIDs.contains(id) }
}
