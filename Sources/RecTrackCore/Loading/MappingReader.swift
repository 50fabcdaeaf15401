/// Reads one YAML mapping against a schema declared key by key.
///
/// Each `required`/`optional` call declares a key and reads it with a typed
/// reader; ``finish()`` then reports every key that was never declared, with a
/// suggestion among the declared ones. Every problem goes to the sink with the
/// position of the offending node.
public struct MappingReader {
    /// The mapping's node.
    public let node: YAMLNode
    /// Where problems go.
    public let sink: DiagnosticSink
    /// What the mapping is, for messages: "evidence", "milestone", "bears-on entry".
    public let entity: String
    private let entries: [YAMLMappingEntry]
    private var declared: [String] = []
    /// Which entries a declared key matched, so ``finish()`` compares no strings.
    private var matched: [Bool]
    /// Where the last key was found: files list keys in the schema's order, so the next one is nearly always just after.
    private var cursor = 0
    /// Required keys that are absent but that an entry's key nearly spells (`publsher` for `publisher`), with that
    /// entry's index: one mistake, so ``finish()`` reports it once, as the misspelt key.
    private var misspeltRequired: [(key: String, entry: Int)] = []

    /// Starts reading `node`; when it is not a mapping, reports that and reads as empty.
    public init(_ node: YAMLNode, entity: String, sink: DiagnosticSink) {
        self.node = node
        self.sink = sink
        self.entity = entity
        // Room for a schema's keys at once, rather than growing the list one key at a time.
        declared.reserveCapacity(16)
        if case .mapping(let entries) = node.content {
            self.entries = entries
            self.matched = [Bool](repeating: false, count: entries.count)
        } else {
            self.entries = []
            self.matched = []
            sink.report(.notMapping, "expected \(entity) to be a mapping of 'key: value' lines, found \(node.shapeDescription)", at: node.location)
        }
    }

    /// The keys declared so far, in order: what the reader knows of the mapping's schema.
    public var declaredKeys: [String] { declared }

    /// True when the node was a mapping.
    public var isMapping: Bool {
        if case .mapping = node.content { return true }
        return false
    }

    /// The raw node of a key, declaring it.
    public mutating func node(_ key: String) -> YAMLNode? {
        declared.append(key)
        guard let index = index(of: key) else { return nil }
        matched[index] = true
        let value = entries[index].value
        return value.isNull ? nil : value
    }

    /// The entry with this key, searching from just after the last one found.
    private mutating func index(of key: String) -> Int? {
        let count = entries.count, length = key.utf8.count
        for step in 0..<count {
            let index = cursor + step < count ? cursor + step : cursor + step - count
            // Lengths first: comparing two different strings costs far more than comparing two counts,
            // and a key that is absent is compared with every key of the mapping.
            if entries[index].key.utf8.count == length && entries[index].key == key {
                cursor = index + 1 == count ? 0 : index + 1
                return index
            }
        }
        return nil
    }

    /// True when the mapping has `key`, with or without a value.
    public func contains(_ key: String) -> Bool {
        entries.contains { $0.key == key }
    }

    /// Where a key is, or the mapping's start when it is absent.
    public func location(of key: String) -> SourceLocation {
        entries.first(where: { $0.key == key })?.keyLocation ?? node.location
    }

    /// Where every key of the mapping is.
    public var keyLocations: KeyLocations {
        KeyLocations(entries.map { ($0.key, $0.keyLocation) })
    }

    /// Reads a key that must be present, reporting "missing required key" when it is not.
    public mutating func required<T>(_ key: String, _ read: (YAMLNode, String, DiagnosticSink) -> T?) -> T? {
        guard let value = node(key) else {
            reportMissing(key)
            return nil
        }
        return read(value, key, sink)
    }

    /// Reads every key of `table` into `fields`, as ``required(_:_:)`` and ``optional(_:_:)`` would one by one.
    mutating func read<Fields>(_ table: FieldTable<Fields>, into fields: inout Fields) {
        for key in table.keys {
            if let value = node(key.name) {
                key.read(&fields, value, sink)
            } else if key.isRequired {
                reportMissing(key.name)
            }
        }
    }

    /// Reports a required key that is absent or has no value; an absent key that an unread entry nearly spells is
    /// left for ``finish()``, which reports that entry as the misspelling.
    private mutating func reportMissing(_ key: String) {
        guard isMapping else { return }
        if entries.contains(where: { $0.key == key }) {
            sink.report(.keyWithoutValue, "'\(key)' has no value; give \(entity) a \(key)", at: location(of: key))
        } else if let index = entries.indices.first(where: { index in
            !matched[index] && !misspeltRequired.contains { $0.entry == index } && Suggestion.closest(to: entries[index].key, in: [key]) != nil
        }) {
            misspeltRequired.append((key, index))
        } else {
            sink.report(.missingKey, "missing required key '\(key)' in \(entity)", at: node.location)
        }
    }

    /// Reads a key that may be absent (absent or null gives nil).
    public mutating func optional<T>(_ key: String, _ read: (YAMLNode, String, DiagnosticSink) -> T?) -> T? {
        guard let value = node(key) else { return nil }
        return read(value, key, sink)
    }

    /// Declares keys that another reader handles, so they are not reported as unknown.
    public mutating func declare(_ keys: String...) {
        for key in keys where !declared.contains(key) {
            declared.append(key)
            if let index = index(of: key) { matched[index] = true }
        }
    }

    /// Reports every key that was never declared, suggesting the closest declared one (a required key it nearly
    /// spells first).
    public func finish() {
        for (key, index) in misspeltRequired where matched[index] {
            // The near spelling turned out to be a key of its own, so the required key is simply missing.
            sink.report(.missingKey, "missing required key '\(key)' in \(entity)", at: node.location)
        }
        for (index, (entry, matched)) in zip(entries, matched).enumerated() where !matched {
            if let required = misspeltRequired.first(where: { $0.entry == index })?.key {
                sink.report(.unknownKey, "unknown key '\(entry.key)' in \(entity). Did you mean '\(required)'? It is required.", at: entry.keyLocation)
                continue
            }
            let hint = Suggestion.didYouMean(entry.key, in: declared)
            let known = hint.isEmpty ? " Known keys: \(declared.joined(separator: ", "))." : hint
            sink.report(.unknownKey, "unknown key '\(entry.key)' in \(entity).\(known)", at: entry.keyLocation)
        }
    }
}
