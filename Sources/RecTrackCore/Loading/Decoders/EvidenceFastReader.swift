/// Reads an evidence file's fields straight from the parser's events, for the many files that are well formed.
///
/// Building a file's whole tree and then looking up each key cost more than parsing the file. This reader
/// accepts only what ``EvidenceDecoder/read(_:sink:)`` accepts without a word: one mapping, every key known
/// and given once, every value of the right shape. It reads each value with the same ``Read`` functions, and
/// `observations` entries as the same trees. On anything else it gives up (nil), and the
/// file is parsed again by ``YAMLParser`` and read by ``EvidenceDecoder``, which say what is wrong.
enum EvidenceFastReader {
    /// The keys of an evidence file, in the order the schema and nearly every file lists them.
    private enum Key: Int, CaseIterable {
        case id, date, title, publisher, url, kind, owners, summary, bearsOn, observations, supersedes, due, confidence, recorded

        static let names = ["id", "date", "title", "publisher", "url", "kind", "owners", "summary", "bears-on", "observations",
                            "supersedes", "due", "confidence", "recorded"]

        /// Keys that may be absent, and so may also be given no value.
        var isOptional: Bool {
            switch self {
            case .url, .owners, .bearsOn, .observations, .supersedes, .due, .confidence: return true
            case .id, .date, .title, .publisher, .kind, .summary, .recorded: return false
            }
        }

        /// The key named `name`, searching from `next` (just after the last key found) and comparing lengths first:
        /// a chain of string comparisons per key cost more than the rest of reading it.
        static func named(_ name: String, from next: inout Int) -> Key? {
            let length = name.utf8.count
            for step in 0..<names.count {
                let index = (next + step) % names.count
                if names[index].utf8.count == length && names[index] == name {
                    next = index + 1
                    return Key(rawValue: index)
                }
            }
            return nil
        }
    }

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
        var next = 0
        while true {
            guard let event = cursor.next() else { return nil }
            if case .mappingEnd = event { break }
            guard case .scalar(let key, _, let keyLocation) = event else { return nil }
            let length = key.utf8.count
            guard !keys.contains(where: { $0.key.utf8.count == length && $0.key == key }) else { return nil }
            keys.append((key, keyLocation))
            guard let known = Key.named(key, from: &next), let valueEvent = cursor.next() else { return nil }
            if known == .bearsOn, case .sequenceStart = valueEvent {
                guard let bearings = bearings(&cursor, sink: sink) else { return nil }
                fields.bearings = bearings
                continue
            }
            guard let value = node(from: valueEvent, &cursor, depth: 1) else { return nil }
            // As MappingReader reads it: a key with no value is absent, which only an optional key may be.
            if value.isNull {
                guard known.isOptional else { return nil }
                continue
            }
            switch known {
            case .id: fields.id = Read.text(value, key, sink)
            case .date: fields.date = Read.factDate(value, key, sink)
            case .title: fields.title = Read.text(value, key, sink)
            case .publisher: fields.publisher = Read.text(value, key, sink)
            case .url: fields.url = Read.url(value, key, sink)
            case .kind: fields.kind = Read.choice(EvidenceKind.self)(value, key, sink)
            case .owners: fields.ownerNames = Read.list(Read.text)(value, key, sink) ?? []
            case .summary: fields.summary = Read.text(value, key, sink)
            case .bearsOn: return nil  // text or a mapping, not a list: the full reader says so
            case .observations: fields.observationNodes = Read.nodes(value, key, sink) ?? []
            case .supersedes: fields.supersedes = Read.list(Read.text)(value, key, sink) ?? []
            case .due: fields.due = Read.day(value, key, sink)
            case .confidence: fields.confidence = Read.choice(Confidence.self)(value, key, sink) ?? .verified
            case .recorded: fields.recorded = Read.day(value, key, sink)
            }
            guard sink.diagnostics.isEmpty else { return nil }
        }
        guard fields.id != nil, fields.date != nil, fields.title != nil, fields.publisher != nil, fields.kind != nil,
              fields.summary != nil, fields.recorded != nil else { return nil }
        guard case .end? = cursor.next() else { return nil }
        fields.keyLocations = KeyLocations(keys)
        return fields
    }

    /// The keys of a `bears-on` entry.
    private enum BearingKey: String {
        case recommendation, milestone, effect, response, note
    }

    /// The `bears-on` entries, after the list's start.
    private static func bearings(_ cursor: inout YAMLEventCursor, sink: DiagnosticSink) -> [BearingFields]? {
        var bearings: [BearingFields] = []
        while let event = cursor.next() {
            switch event {
            case .sequenceEnd: return bearings
            case .mappingStart(let start):
                guard let bearing = bearing(&cursor, start: start, sink: sink) else { return nil }
                bearings.append(bearing)
            default: return nil
            }
        }
        return nil
    }

    /// One `bears-on` entry, after the mapping's start: every key known and given once, every value text.
    private static func bearing(_ cursor: inout YAMLEventCursor, start: SourceLocation, sink: DiagnosticSink) -> BearingFields? {
        var fields = BearingFields(start: start)
        var keys: [(key: String, location: SourceLocation)] = []
        while let event = cursor.next() {
            if case .mappingEnd = event {
                guard fields.recommendation != nil, fields.effect != nil else { return nil }
                fields.keyLocations = KeyLocations(keys)
                return fields
            }
            guard case .scalar(let key, _, let keyLocation) = event, !keys.contains(where: { $0.key == key }),
                  let known = BearingKey(rawValue: key), case .scalar(let text, let plain, let location)? = cursor.next() else { return nil }
            keys.append((key, keyLocation))
            let value = YAMLNode(.scalar(text, plain: plain), at: location)
            // As MappingReader reads it: a key with no value is absent, which only an optional key may be.
            if value.isNull {
                guard known != .recommendation && known != .effect else { return nil }
                continue
            }
            switch known {
            case .recommendation: fields.recommendation = Read.text(value, key, sink)
            case .milestone: fields.milestone = Read.text(value, key, sink)
            case .effect: fields.effect = Read.choice(Effect.self)(value, key, sink)
            case .response: fields.response = Read.choice(ResponseVerdict.self)(value, key, sink)
            case .note: fields.note = Read.text(value, key, sink)
            }
            guard sink.diagnostics.isEmpty else { return nil }
        }
        return nil
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
