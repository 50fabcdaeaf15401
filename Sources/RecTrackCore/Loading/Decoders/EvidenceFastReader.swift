/// Reads an evidence file's fields straight from the parser's events, for the many files that are well formed.
///
/// Building a file's whole tree and then looking up each key cost more than parsing the file. This reader
/// accepts only what ``EvidenceDecoder/read(_:sink:)`` accepts without a word: one mapping, every key known
/// and given once, every value of the right shape. It reads each value through the same table of keys
/// (``EvidenceFields/keys``, ``BearingFields/keys``), and `observations` entries as the same trees. On anything
/// else it gives up (nil), and the file is parsed again by ``YAMLParser`` and read by ``EvidenceDecoder``,
/// which say what is wrong.
enum EvidenceFastReader {
    /// Deeper than any evidence file nests; deeper files take the full path.
    private static let maximumDepth = 8

    /// Where `bears-on` is in the table: its entries are read straight from the events, not as a tree.
    private static let bearsOn = EvidenceFields.keys.position(of: "bears-on")

    /// The fields, or nil when the full reader must look at the file.
    static func read(_ bytes: [UInt8]) -> EvidenceFields? {
        YAMLEventCursor.read(bytes) { cursor in readDocument(&cursor) }
    }

    private static func readDocument(_ cursor: inout YAMLEventCursor) -> EvidenceFields? {
        guard case .mappingStart(let start)? = cursor.next() else { return nil }
        let table = EvidenceFields.keys
        var fields = EvidenceFields(start: start)
        var locations = KeyLocations()
        locations.reserveCapacity(table.keys.count)
        // Any problem the readers report means giving up; its words come from the full reader.
        let sink = DiagnosticSink(path: "")
        var next = 0, required = 0
        var seen: UInt64 = 0
        while true {
            guard let step = cursor.nextKey(in: table.utf8Names, from: &next) else { return nil }
            guard case .key(let index, let keyLocation) = step else { break }
            guard seen & 1 << index == 0, let valueEvent = cursor.next() else { return nil }
            seen |= 1 << index
            locations.append(known: index, at: keyLocation)
            let known = table.keys[index]
            if index == bearsOn, case .sequenceStart = valueEvent {
                guard let bearings = bearings(&cursor, sink: sink) else { return nil }
                fields.bearings = bearings
                continue
            }
            guard let value = node(from: valueEvent, &cursor, depth: 1),
                  known.take(value, into: &fields, required: &required, sink: sink) else { return nil }
        }
        guard required == table.requiredCount, case .end? = cursor.next() else { return nil }
        fields.keyLocations = locations
        return fields
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
        let table = BearingFields.keys
        var fields = BearingFields(start: start)
        var locations = KeyLocations()
        var next = 0, required = 0
        var seen: UInt64 = 0
        while let step = cursor.nextKey(in: table.utf8Names, from: &next) {
            guard case .key(let index, let keyLocation) = step else {
                guard required == table.requiredCount else { return nil }
                fields.keyLocations = locations
                return fields
            }
            guard seen & 1 << index == 0, case .scalar(let text, let plain, let location)? = cursor.next() else { return nil }
            seen |= 1 << index
            locations.append(known: KnownKeys.bearingStart + index, at: keyLocation)
            let known = table.keys[index]
            guard known.take(YAMLNode(.scalar(text, plain: plain), at: location), into: &fields, required: &required, sink: sink) else { return nil }
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
