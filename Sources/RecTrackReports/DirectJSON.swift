import RecTrackCore

/// A value that writes its JSON itself: byte for byte what `JSONEncoder` writes for its `Encodable` conformance with
/// ``JSONOutput``'s options, without going through an `Encoder`'s containers.
///
/// Written by hand for the types an assessment is made of, which are most of `status --format json`. Through the
/// containers every member costs a boxed container and several dynamic calls: a metric's state took 58,000
/// instructions, a sentence of the rationale 5,000. ``SortedJSONWriter`` uses this wherever a value has it.
///
/// The `Encodable` conformance stays the description of the JSON's shape; this is a second, faster reading of it.
/// `DirectJSONTests` holds the two together: every type's text is checked against `JSONEncoder`'s for a value with
/// every optional member set and for one with none, and the first is checked to leave nothing unset at any depth, so
/// that a member added to a type and not here fails a test.
protocol DirectJSON {
    /// Writes the value as it reads `depth` levels down in a document, its first line not indented.
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws
}

/// The members of one object being written by a ``DirectJSON`` value: each member's key and value, in the order of the
/// keys' bytes (JSONEncoder's order with sorted keys). Members that are nil are left out, as `encodeIfPresent` does.
struct DirectObject: ~Copyable {
    private let output: SortedJSONWriter.Output
    private let depth: Int
    private var count = 0
    #if DEBUG
    /// The last key written: in debug builds (the tests'), a key out of order stops the program.
    private var lastKey: [UInt8] = []
    #endif

    /// Opens an object that reads `depth` levels down.
    init(_ output: SortedJSONWriter.Output, depth: Int) {
        self.output = output
        self.depth = depth
        output.bytes.append(UInt8(ascii: "{"))
    }

    /// Writes one member.
    mutating func add<Value: DirectJSON>(_ key: StaticString, _ value: Value) throws {
        writeKey(key)
        try value.writeJSON(to: output, depth: depth + 1)
    }

    /// Writes one member, or nothing when `value` is nil.
    mutating func add<Value: DirectJSON>(_ key: StaticString, _ value: Value?) throws {
        guard let value else { return }
        try add(key, value)
    }

    /// Closes the object.
    consuming func close() {
        if count == 0 { output.bytes.append(0x0A) }  // an empty object is written with an empty line inside
        output.bytes.append(0x0A)
        output.bytes.append(repeating: UInt8(ascii: " "), count: depth * 2)
        output.bytes.append(UInt8(ascii: "}"))
    }

    private mutating func writeKey(_ key: StaticString) {
        #if DEBUG
        let bytes = Array(UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        precondition(count == 0 || lastKey.lexicographicallyPrecedes(bytes), "\(key) is written after \(String(decoding: lastKey, as: UTF8.self))")
        lastKey = bytes
        #endif
        output.bytes.append(count == 0 ? "\n" : ",\n")
        output.bytes.append(repeating: UInt8(ascii: " "), count: (depth + 1) * 2)
        // Every key here is a Swift name: nothing in it needs an escape.
        output.bytes.append(UInt8(ascii: "\""))
        output.bytes.append(key)
        output.bytes.append("\" : ")
        count += 1
    }
}

extension String: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) { output.writeString(self) }
}

extension Double: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws { try output.writeDouble(self) }
}

extension Int: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) { output.writeInteger(self) }
}

extension Bool: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) { output.writeBool(self) }
}

extension Array: DirectJSON where Element: DirectJSON {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) throws {
        output.bytes.append(UInt8(ascii: "["))
        for index in indices {
            output.bytes.append(index == startIndex ? "\n" : ",\n")
            output.bytes.append(repeating: UInt8(ascii: " "), count: (depth + 1) * 2)
            try self[index].writeJSON(to: output, depth: depth + 1)
        }
        if isEmpty { output.bytes.append(0x0A) }  // an empty array is written with an empty line inside
        output.bytes.append(0x0A)
        output.bytes.append(repeating: UInt8(ascii: " "), count: depth * 2)
        output.bytes.append(UInt8(ascii: "]"))
    }
}

/// An enum written as its raw value, as its synthesized `Encodable` conformance does.
extension DirectJSON where Self: RawRepresentable, RawValue == String {
    func writeJSON(to output: SortedJSONWriter.Output, depth: Int) { output.writeString(rawValue) }
}
