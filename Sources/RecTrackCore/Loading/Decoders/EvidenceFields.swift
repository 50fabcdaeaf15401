/// What an evidence file's keys give, each value read on its own, before the checks that compare values
/// with each other, with the file's path and with the tracker (``EvidenceDecoder/check(_:path:context:sink:)``).
///
/// Two readers make these, both through the one table of keys, ``keys``: ``EvidenceDecoder/read(_:sink:)``
/// from a parsed tree, reporting every problem, and ``EvidenceFastReader`` straight from the parser's events,
/// which gives up on anything unusual.
struct EvidenceFields {
    var id: String?
    var date: FactDate?
    var title: String?
    var publisher: String?
    var url: String?
    var reportedBy: String?
    var kind: EvidenceKind?
    var ownerNames: [String] = []
    var summary: String?
    /// The `bears-on` entries, one for each entry written.
    var bearings: [BearingFields] = []
    /// The `observations`, read only when the kind allows them.
    var observationNodes: [YAMLNode] = []
    var supersedes: [String] = []
    var due: FactDate?
    var confidence: Confidence = .verified
    var recorded: Day?
    /// The secretariat's own working notes: loaded, never published.
    var workingNotes: String?
    /// Where each key of the file is, in the order written.
    var keyLocations = KeyLocations()
    /// Where the file's mapping starts: the place for problems with a key that is absent.
    let start: SourceLocation

    init(start: SourceLocation) { self.start = start }
}

extension EvidenceFields {
    /// Every key of an evidence file, in the order the schema and nearly every file lists them: a new key is one line here.
    static let keys = FieldTable<EvidenceFields>([
        .required("id", ValueReader.text) { $0.id = $1 },
        .required("date", ValueReader.factDate) { $0.date = $1 },
        .required("title", ValueReader.line) { $0.title = $1 },
        .required("publisher", ValueReader.line) { $0.publisher = $1 },
        .optional("url", ValueReader.url) { $0.url = $1 },
        .optional("reported-by", ValueReader.line) { $0.reportedBy = $1 },
        .required("kind", ValueReader.indexedChoice(EvidenceKind.self)) { $0.kind = $1 },
        .optional("owners", ValueReader.list(ValueReader.line)) { $0.ownerNames = $1 },
        .required("summary", ValueReader.text) { $0.summary = $1 },
        .optional("bears-on", BearingFields.readList) { $0.bearings = $1 },
        .optional("observations", ValueReader.nodes) { $0.observationNodes = $1 },
        .optional("supersedes", ValueReader.list(ValueReader.text)) { $0.supersedes = $1 },
        .optional("due", ValueReader.factDate) { $0.due = $1 },
        .optional("confidence", ValueReader.indexedChoice(Confidence.self)) { $0.confidence = $1 },
        .required("recorded", ValueReader.day) { $0.recorded = $1 },
        .optional("working-notes", ValueReader.text) { $0.workingNotes = $1 },
    ])
}

/// What one `bears-on` entry's keys give, each value read on its own.
struct BearingFields {
    var recommendation: String?
    var milestone: String?
    var effect: Effect?
    var response: ResponseVerdict?
    var note: String?
    /// Where each key of the entry is.
    var keyLocations = KeyLocations()
    /// Where the entry starts: the bearing's own place, and the place for problems with an absent key.
    let start: SourceLocation

    init(start: SourceLocation) { self.start = start }
}

extension BearingFields {
    /// Every key of a `bears-on` entry: a new key is one line here.
    static let keys = FieldTable<BearingFields>([
        .required("recommendation", ValueReader.text) { $0.recommendation = $1 },
        .optional("milestone", ValueReader.text) { $0.milestone = $1 },
        .required("effect", ValueReader.indexedChoice(Effect.self)) { $0.effect = $1 },
        .optional("response", ValueReader.indexedChoice(ResponseVerdict.self)) { $0.response = $1 },
        .optional("note", ValueReader.text) { $0.note = $1 },
    ])

    /// The entries of a `bears-on` list, each read on its own.
    @Sendable static func readList(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> [BearingFields]? {
        ValueReader.nodes(node, key, sink)?.map { read($0, sink: sink) }
    }
}

/// Values read from one mapping through its table of keys, knowing where its keys are, so problems found
/// later can point at them.
protocol MappingFields {
    /// Every key the mapping may have.
    static var keys: FieldTable<Self> { get }
    /// What the mapping is, for messages: "the evidence", "a bears-on entry".
    static var entity: String { get }
    /// Where each key is.
    var keyLocations: KeyLocations { get set }
    /// Where the mapping starts.
    var start: SourceLocation { get }
    /// Fields with no values yet, for the mapping that starts at `start`.
    init(start: SourceLocation)
}

/// Where a mapping's keys are, apart from its values: what the messages about it need.
struct KeyPlaces {
    let locations: KeyLocations
    let start: SourceLocation

    /// Where a key is, or the mapping's start when it is absent (as ``MappingReader/location(of:)``).
    func callAsFunction(_ key: String) -> SourceLocation {
        locations[key] ?? start
    }
}

extension MappingFields {
    /// Where a key is, or the mapping's start when it is absent (as ``MappingReader/location(of:)``).
    func location(of key: String) -> SourceLocation {
        keyPlaces(key)
    }

    /// Where the keys are: a message's location taken from these, when it is needed, copies no values.
    var keyPlaces: KeyPlaces { KeyPlaces(locations: keyLocations, start: start) }

    /// Reads `node`'s keys through the table, reporting every problem (an unknown key too) to the sink.
    static func read(_ node: YAMLNode, sink: DiagnosticSink) -> Self {
        var reader = MappingReader(node, entity: entity, sink: sink)
        var fields = Self(start: node.location)
        reader.read(keys, into: &fields)
        reader.finish()
        fields.keyLocations = reader.keyLocations
        return fields
    }
}

extension EvidenceFields: MappingFields {
    static var entity: String { "the evidence" }
}

extension BearingFields: MappingFields {
    static var entity: String { "a bears-on entry" }
}
