/// Reads an evidence file's fields straight from the parser's events, for the many files that are well formed.
///
/// Building a file's whole tree and then looking up each key cost more than parsing the file. This reader
/// accepts only what ``EvidenceDecoder/read(_:sink:)`` accepts without a word: one mapping, every key known
/// and given once, every value of the right shape. It reads each value with the same ``Read`` functions, and
/// the `bears-on` and `observations` entries as the same trees. On anything else it gives up (nil), and the
/// file is parsed again by ``YAMLParser`` and read by ``EvidenceDecoder``, which say what is wrong.
enum EvidenceFastReader {
    /// Keys that may be absent, and so may also be given no value.
    private static let optionalKeys: Set<String> = ["url", "owners", "bears-on", "observations", "supersedes", "due", "confidence"]

    /// Deeper than any evidence file nests; deeper files take the full path.
    private static let maximumDepth = 8

    /// The fields, or nil when the full reader must look at the file.
    static func read(_ bytes: [UInt8]) -> EvidenceFields? {
        YAMLEventCursor.read(bytes) { cursor in readDocument(&cursor) }
    }

    private static func readDocument(_ cursor: inout YAMLEventCursor) -> EvidenceFields? {
        guard case .mappingStart(let start)? = cursor.next() else { return nil }
        var fields = EvidenceFields(start: start)
        var keys: [(key: String, location: SourceLocation)] = []
        keys.reserveCapacity(16)
        // Any problem the readers report means giving up; its words come from the full reader.
        let sink = DiagnosticSink(path: "")
        while true {
            guard let event = cursor.next() else { return nil }
            if case .mappingEnd = event { break }
            guard case .scalar(let key, _, let keyLocation) = event else { return nil }
            let length = key.utf8.count
            guard !keys.contains(where: { $0.key.utf8.count == length && $0.key == key }) else { return nil }
            keys.append((key, keyLocation))
            guard let next = cursor.next(), let value = node(from: next, &cursor, depth: 1) else { return nil }
            // As MappingReader reads it: a key with no value is absent, which only an optional key may be.
            if value.isNull {
                guard optionalKeys.contains(key) else { return nil }
                continue
            }
            switch key {
            case "id": fields.id = Read.text(value, key, sink)
            case "date": fields.date = Read.factDate(value, key, sink)
            case "title": fields.title = Read.text(value, key, sink)
            case "publisher": fields.publisher = Read.text(value, key, sink)
            case "url": fields.url = Read.url(value, key, sink)
            case "kind": fields.kind = Read.choice(EvidenceKind.self)(value, key, sink)
            case "owners": fields.ownerNames = Read.list(Read.text)(value, key, sink) ?? []
            case "summary": fields.summary = Read.text(value, key, sink)
            case "bears-on": fields.bearingNodes = Read.nodes(value, key, sink) ?? []
            case "observations": fields.observationNodes = Read.nodes(value, key, sink) ?? []
            case "supersedes": fields.supersedes = Read.list(Read.text)(value, key, sink) ?? []
            case "due": fields.due = Read.day(value, key, sink)
            case "confidence": fields.confidence = Read.choice(Confidence.self)(value, key, sink) ?? .verified
            case "recorded": fields.recorded = Read.day(value, key, sink)
            default: return nil
            }
            guard sink.diagnostics.isEmpty else { return nil }
        }
        guard fields.id != nil, fields.date != nil, fields.title != nil, fields.publisher != nil, fields.kind != nil,
              fields.summary != nil, fields.recorded != nil else { return nil }
        guard case .end? = cursor.next() else { return nil }
        fields.keyLocations = KeyLocations(keys)
        return fields
    }

    /// The value that starts with `event`, as the tree ``YAMLParser`` builds; nil on anything it would refuse.
    private static func node(from event: YAMLEvent, _ cursor: inout YAMLEventCursor, depth: Int) -> YAMLNode? {
        switch event {
        case .scalar(let text, let plain, let location):
            return YAMLNode(.scalar(text, plain: plain), at: location)
        case .sequenceStart(let location):
            guard depth < maximumDepth else { return nil }
            var items: [YAMLNode] = []
            while let next = cursor.next() {
                if case .sequenceEnd = next { return YAMLNode(.sequence(items), at: location) }
                guard let item = node(from: next, &cursor, depth: depth + 1) else { return nil }
                items.append(item)
            }
            return nil
        case .mappingStart(let location):
            guard depth < maximumDepth else { return nil }
            var entries: [YAMLMappingEntry] = []
            while let next = cursor.next() {
                if case .mappingEnd = next { return YAMLNode(.mapping(entries), at: location) }
                guard case .scalar(let key, _, let keyLocation) = next, !entries.contains(where: { $0.key == key }),
                      let valueEvent = cursor.next(), let value = node(from: valueEvent, &cursor, depth: depth + 1) else { return nil }
                entries.append(YAMLMappingEntry(key: key, keyLocation: keyLocation, value: value))
            }
            return nil
        case .sequenceEnd, .mappingEnd, .end:
            return nil
        }
    }
}
