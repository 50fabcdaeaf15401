/// One key of a mapping, declared once: its name in the file, whether the file must give it, and how its
/// value is read into the record's fields.
///
/// A record kind lists its keys in a ``FieldTable``; every reader of that kind goes through the table, so a
/// new key is one line there (and its field).
struct FieldKey<Fields>: Sendable {
    /// The key as written in the file.
    let name: String
    /// True when the file must give the key a value.
    let isRequired: Bool
    /// Reads a value that is not null into the fields, reporting problems to the sink.
    let read: @Sendable (inout Fields, YAMLNode, DiagnosticSink) -> Void

    /// Takes `value` as ``MappingReader`` does, for a reader that gives up on anything unusual: a key with no value is
    /// absent, which only an optional key may be. False when the value is not one it takes without a word; `required`
    /// counts the required keys given.
    func take(_ value: YAMLNode, into fields: inout Fields, required: inout Int, sink: DiagnosticSink) -> Bool {
        if value.isNull { return !isRequired }
        read(&fields, value, sink)
        guard sink.diagnostics.isEmpty else { return false }
        if isRequired { required += 1 }
        return true
    }

    /// A key that must be given, read with `read` and kept with `store` when its value fits.
    static func required<T>(_ name: String, _ read: @escaping @Sendable (YAMLNode, String, DiagnosticSink) -> T?,
                            into store: @escaping @Sendable (inout Fields, T) -> Void) -> FieldKey {
        FieldKey(name: name, isRequired: true, read: reader(name, read, store))
    }

    /// A key that may be absent or given no value, read with `read` and kept with `store` when its value fits.
    static func optional<T>(_ name: String, _ read: @escaping @Sendable (YAMLNode, String, DiagnosticSink) -> T?,
                            into store: @escaping @Sendable (inout Fields, T) -> Void) -> FieldKey {
        FieldKey(name: name, isRequired: false, read: reader(name, read, store))
    }

    private static func reader<T>(_ name: String, _ read: @escaping @Sendable (YAMLNode, String, DiagnosticSink) -> T?,
                                  _ store: @escaping @Sendable (inout Fields, T) -> Void) -> @Sendable (inout Fields, YAMLNode, DiagnosticSink) -> Void {
        { fields, node, sink in
            if let value = read(node, name, sink) { store(&fields, value) }
        }
    }
}
