import FoundationEssentials

/// Writes an `Encodable` value as `JSONEncoder` does with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`,
/// byte for byte, straight into one byte buffer.
///
/// `JSONEncoder` builds a tree of boxed values with a dictionary per object, then sorts and writes it: at 3,000
/// recommendations that was half of `status --format json`. Here each value is written in its final form as it is
/// encoded (its depth, and so its indent, is known), and an object's members are put in key order when its
/// `encode(to:)` returns. Anything this writer does not do as `JSONEncoder` does (nested containers, a second
/// container for one value, the Foundation types `JSONEncoder` special-cases, numbers JSON cannot hold) throws
/// ``Unsupported``, and ``JSONOutput`` then uses `JSONEncoder` itself.
struct SortedJSONWriter {
    /// A value this writer leaves to `JSONEncoder`.
    struct Unsupported: Error {}

    /// The JSON text of `value`, without a final newline, as it reads `depth` levels down in a document (its first line
    /// not indented).
    static func write<T: Encodable>(_ value: T, depth: Int = 0) throws -> [UInt8] {
        let output = Output()
        try output.write(value, depth: depth)
        return output.bytes
    }

    /// The types JSONEncoder writes its own way rather than through their `encode(to:)`.
    static func isSpecial<T>(_ type: T.Type) -> Bool {
        type == URL.self || type == Data.self || type == Date.self || type == Decimal.self
    }

    /// The buffer every container of one document writes into.
    final class Output {
        // Only this writer's own code, on one thread, ever touches the buffers: the run-time exclusivity check on
        // each of their millions of appends cost more than a tenth of the writing.
        @exclusivity(unchecked) var bytes: [UInt8] = []
        /// Where an object's members are copied while they are put in key order, kept to save an allocation each time.
        @exclusivity(unchecked) private var scratch: [UInt8] = []

        private static let separator = Array(" : ".utf8), null = Array("null".utf8), yes = Array("true".utf8),
                           no = Array("false".utf8), emptyObject = Array("{\n\n".utf8), hex = Array("0123456789abcdef".utf8)

        init() { bytes.reserveCapacity(4096) }

        func indent(_ depth: Int) {
            bytes.append(contentsOf: repeatElement(0x20, count: depth * 2))
        }

        /// Writes `value` at `depth`, then puts its object's members in key order or closes its array.
        func write<T: Encodable>(_ value: T, depth: Int) throws {
            if SortedJSONWriter.isSpecial(T.self) { throw Unsupported() }
            let frame = Frame(start: bytes.count)
            try value.encode(to: ValueEncoder(output: self, depth: depth, frame: frame))
            try finish(frame, depth: depth)
        }

        private func finish(_ frame: Frame, depth: Int) throws {
            switch frame.kind {
            case .none:
                throw Unsupported()  // JSONEncoder refuses a value that encodes nothing
            case .single:
                break
            case .unkeyed(let count):
                if count == 0 { bytes.append(0x0A) }  // an empty array is written with an empty line inside
                bytes.append(0x0A)
                indent(depth)
                bytes.append(UInt8(ascii: "]"))
            case .keyed:
                try sortMembers(frame, depth: depth)
            }
        }

        /// Rewrites the members written since `frame.start` in the order of their keys' UTF-8 bytes.
        private func sortMembers(_ frame: Frame, depth: Int) throws {
            var members = frame.members
            if members.isEmpty {
                bytes += Self.emptyObject
                indent(depth)
                bytes.append(UInt8(ascii: "}"))
                return
            }
            members.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for index in members.indices.dropFirst() where members[index].key == members[index - 1].key {
                throw Unsupported()  // JSONEncoder keeps the last of repeated keys; no model here repeats one
            }
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: bytes[frame.start...])
            bytes.removeLast(bytes.count - frame.start)
            bytes.append(UInt8(ascii: "{"))
            bytes.append(0x0A)
            for (number, member) in members.enumerated() {
                if number > 0 {
                    bytes.append(UInt8(ascii: ","))
                    bytes.append(0x0A)
                }
                indent(depth + 1)
                writeString(member.key)
                bytes += Self.separator
                bytes += scratch[(member.start - frame.start)..<(member.end - frame.start)]
            }
            bytes.append(0x0A)
            indent(depth)
            bytes.append(UInt8(ascii: "}"))
        }

        /// A JSON string as JSONEncoder writes it: `"` and `\` escaped, control characters as `\n`-style or `\u00XX`
        /// escapes, everything else (slashes and all text beyond ASCII) as it is.
        func writeString(_ text: String) {
            bytes.append(UInt8(ascii: "\""))
            var text = text
            text.withUTF8 { utf8 in
                // Runs of bytes that need no escape are copied whole.
                var run = 0
                for index in utf8.indices {
                    let byte = utf8[index]
                    guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
                    run = index + 1
                    switch byte {
                    case UInt8(ascii: "\""): bytes += [0x5C, UInt8(ascii: "\"")]
                    case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
                    case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
                    case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
                    case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
                    case 0x08: bytes += [0x5C, UInt8(ascii: "b")]
                    case 0x0C: bytes += [0x5C, UInt8(ascii: "f")]
                    default:
                        bytes += [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)]]
                    }
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
            }
            bytes.append(UInt8(ascii: "\""))
        }

        func writeDouble(_ value: Double) throws {
            guard value.isFinite else { throw Unsupported() }
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            bytes.append(contentsOf: text.utf8)
        }

        func writeFloat(_ value: Float) throws {
            guard value.isFinite else { throw Unsupported() }
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            bytes.append(contentsOf: text.utf8)
        }

        func writeInteger<I: FixedWidthInteger>(_ value: I) {
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            // Digits last to first, then turned around in place: no string for each number.
            var rest = value.magnitude
            let start = bytes.count
            repeat {
                bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10))
                rest /= 10
            } while rest > 0
            bytes[start...].reverse()
        }

        func writeBool(_ value: Bool) {
            bytes += value ? Self.yes : Self.no
        }

        func writeNull() {
            bytes += Self.null
        }
    }

    /// What one value turned out to be, and for an object where each member's text lies.
    final class Frame {
        enum Kind { case none, single, unkeyed(Int), keyed }
        struct Member { var key: String; var start: Int; var end: Int }

        let start: Int
        var kind = Kind.none
        var members: [Member] = []

        init(start: Int) { self.start = start }

        func claim(_ kind: Kind) throws {
            guard case .none = self.kind else { throw Unsupported() }  // a second container for one value
            self.kind = kind
        }
    }

    struct ValueEncoder: Encoder {
        let output: Output
        let depth: Int
        let frame: Frame
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            // A second keyed container adds to the same object, as JSONEncoder's does (RecommendationView writes its
            // assessment's members, then its own). Any other mix cannot throw here: it is marked, and refused when the
            // value is finished.
            switch frame.kind {
            case .none, .keyed: frame.kind = .keyed
            case .single, .unkeyed: frame.kind = .none; frame.members = []
            }
            return KeyedEncodingContainer(KeyedWriter<Key>(output: output, depth: depth, frame: frame))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if case .none = frame.kind { output.bytes.append(UInt8(ascii: "[")); frame.kind = .unkeyed(0) } else { frame.kind = .none }
            return UnkeyedWriter(output: output, depth: depth, frame: frame)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleWriter(output: output, depth: depth, frame: frame)
        }
    }

    struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let output: Output
        let depth: Int
        let frame: Frame
        var codingPath: [any CodingKey] { [] }

        private func member(_ key: Key, _ write: () throws -> Void) throws {
            guard case .keyed = frame.kind else { throw Unsupported() }
            let start = output.bytes.count
            try write()
            frame.members.append(Frame.Member(key: key.stringValue, start: start, end: output.bytes.count))
        }

        mutating func encodeNil(forKey key: Key) throws { try member(key) { output.writeNull() } }
        mutating func encode(_ value: Bool, forKey key: Key) throws { try member(key) { output.writeBool(value) } }
        mutating func encode(_ value: String, forKey key: Key) throws { try member(key) { output.writeString(value) } }
        mutating func encode(_ value: Double, forKey key: Key) throws { try member(key) { try output.writeDouble(value) } }
        mutating func encode(_ value: Float, forKey key: Key) throws { try member(key) { try output.writeFloat(value) } }
        mutating func encode(_ value: Int, forKey key: Key) throws { try member(key) { output.writeInteger(value) } }
        mutating func encode(_ value: Int8, forKey key: Key) throws { try member(key) { output.writeInteger(value) } }
        mutating func encode(_ value: Int16, forKey key: Key) throws { try member(key) { output.writeInteger(value) } }
        mutating func encode(_ value: Int32, forKey key: Key) throws { try member(key) { output.writeInteger(value) } }
        mutating func encode(_ value: Int64, forKey key: Key) throws { try member(key) { output.writeInteger(value) } }
        mutating func encode(_ value: UInt, forKey key: Key) throws { try member(key) { output.writeInteger(value) } }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { try member(key) { output.writeInteger(value) } }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { try member(key) { output.writeInteger(value) } }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { try member(key) { output.writeInteger(value) } }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { try member(key) { output.writeInteger(value) } }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try member(key) { try output.write(value, depth: depth + 1) }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            frame.kind = .none  // refused when the value is finished
            return KeyedEncodingContainer(KeyedWriter<NestedKey>(output: output, depth: depth + 1, frame: Frame(start: output.bytes.count)))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            frame.kind = .none
            return UnkeyedWriter(output: output, depth: depth + 1, frame: Frame(start: output.bytes.count))
        }

        mutating func superEncoder() -> any Encoder {
            frame.kind = .none
            return ValueEncoder(output: output, depth: depth + 1, frame: Frame(start: output.bytes.count))
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder() }
    }

    struct UnkeyedWriter: UnkeyedEncodingContainer {
        let output: Output
        let depth: Int
        let frame: Frame
        var codingPath: [any CodingKey] { [] }
        var count: Int {
            if case .unkeyed(let count) = frame.kind { return count }
            return 0
        }

        private func element(_ write: () throws -> Void) throws {
            guard case .unkeyed(let count) = frame.kind else { throw Unsupported() }
            output.bytes += count == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A]
            output.indent(depth + 1)
            try write()
            frame.kind = .unkeyed(count + 1)
        }

        mutating func encodeNil() throws { try element { output.writeNull() } }
        mutating func encode(_ value: Bool) throws { try element { output.writeBool(value) } }
        mutating func encode(_ value: String) throws { try element { output.writeString(value) } }
        mutating func encode(_ value: Double) throws { try element { try output.writeDouble(value) } }
        mutating func encode(_ value: Float) throws { try element { try output.writeFloat(value) } }
        mutating func encode(_ value: Int) throws { try element { output.writeInteger(value) } }
        mutating func encode(_ value: Int8) throws { try element { output.writeInteger(value) } }
        mutating func encode(_ value: Int16) throws { try element { output.writeInteger(value) } }
        mutating func encode(_ value: Int32) throws { try element { output.writeInteger(value) } }
        mutating func encode(_ value: Int64) throws { try element { output.writeInteger(value) } }
        mutating func encode(_ value: UInt) throws { try element { output.writeInteger(value) } }
        mutating func encode(_ value: UInt8) throws { try element { output.writeInteger(value) } }
        mutating func encode(_ value: UInt16) throws { try element { output.writeInteger(value) } }
        mutating func encode(_ value: UInt32) throws { try element { output.writeInteger(value) } }
        mutating func encode(_ value: UInt64) throws { try element { output.writeInteger(value) } }
        mutating func encode<T: Encodable>(_ value: T) throws { try element { try output.write(value, depth: depth + 1) } }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            frame.kind = .none
            return KeyedEncodingContainer(KeyedWriter<NestedKey>(output: output, depth: depth + 1, frame: Frame(start: output.bytes.count)))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            frame.kind = .none
            return UnkeyedWriter(output: output, depth: depth + 1, frame: Frame(start: output.bytes.count))
        }

        mutating func superEncoder() -> any Encoder {
            frame.kind = .none
            return ValueEncoder(output: output, depth: depth + 1, frame: Frame(start: output.bytes.count))
        }
    }

    struct SingleWriter: SingleValueEncodingContainer {
        let output: Output
        let depth: Int
        let frame: Frame
        var codingPath: [any CodingKey] { [] }

        private func value(_ write: () throws -> Void) throws {
            try frame.claim(.single)
            try write()
        }

        mutating func encodeNil() throws { try value { output.writeNull() } }
        mutating func encode(_ value: Bool) throws { try self.value { output.writeBool(value) } }
        mutating func encode(_ value: String) throws { try self.value { output.writeString(value) } }
        mutating func encode(_ value: Double) throws { try self.value { try output.writeDouble(value) } }
        mutating func encode(_ value: Float) throws { try self.value { try output.writeFloat(value) } }
        mutating func encode(_ value: Int) throws { try self.value { output.writeInteger(value) } }
        mutating func encode(_ value: Int8) throws { try self.value { output.writeInteger(value) } }
        mutating func encode(_ value: Int16) throws { try self.value { output.writeInteger(value) } }
        mutating func encode(_ value: Int32) throws { try self.value { output.writeInteger(value) } }
        mutating func encode(_ value: Int64) throws { try self.value { output.writeInteger(value) } }
        mutating func encode(_ value: UInt) throws { try self.value { output.writeInteger(value) } }
        mutating func encode(_ value: UInt8) throws { try self.value { output.writeInteger(value) } }
        mutating func encode(_ value: UInt16) throws { try self.value { output.writeInteger(value) } }
        mutating func encode(_ value: UInt32) throws { try self.value { output.writeInteger(value) } }
        mutating func encode(_ value: UInt64) throws { try self.value { output.writeInteger(value) } }
        mutating func encode<T: Encodable>(_ value: T) throws {
            // A value that hands itself over to another's encoding (a wrapper) is what that value is: the inner value
            // takes this frame, which is finished when the outer value's `encode(to:)` returns.
            guard case .none = frame.kind else { throw Unsupported() }
            if SortedJSONWriter.isSpecial(T.self) { throw Unsupported() }
            try value.encode(to: ValueEncoder(output: output, depth: depth, frame: frame))
        }
    }
}
