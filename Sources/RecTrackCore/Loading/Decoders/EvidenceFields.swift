/// What an evidence file's keys give, each value read on its own, before the checks that compare values
/// with each other, with the file's path and with the tracker (``EvidenceDecoder/check(_:path:context:sink:)``).
///
/// Two readers make these: ``EvidenceDecoder/read(_:sink:)`` from a parsed tree, reporting every problem,
/// and ``EvidenceFastReader`` straight from the parser's events, which gives up on anything unusual.
struct EvidenceFields {
    var id: String?
    var date: FactDate?
    var title: String?
    var publisher: String?
    var url: String?
    var kind: EvidenceKind?
    var ownerNames: [String] = []
    var summary: String?
    /// The `bears-on` entries, one for each entry written.
    var bearings: [BearingFields] = []
    /// The `observations`, read only when the kind allows them.
    var observationNodes: [YAMLNode] = []
    var supersedes: [String] = []
    var due: Day?
    var confidence: Confidence = .verified
    var recorded: Day?
    /// Where each key of the file is, in the order written.
    var keyLocations = KeyLocations()
    /// Where the file's mapping starts: the place for problems with a key that is absent.
    let start: SourceLocation

    init(start: SourceLocation) { self.start = start }
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

/// Values read from one mapping, knowing where its keys are, so problems found later can point at them.
protocol MappingFields {
    /// Where each key is.
    var keyLocations: KeyLocations { get }
    /// Where the mapping starts.
    var start: SourceLocation { get }
}

extension MappingFields {
    /// Where a key is, or the mapping's start when it is absent (as ``MappingReader/location(of:)``).
    func location(of key: String) -> SourceLocation {
        keyLocations[key] ?? start
    }
}

extension EvidenceFields: MappingFields {}
extension BearingFields: MappingFields {}
