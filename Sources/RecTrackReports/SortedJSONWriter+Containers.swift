extension SortedJSONWriter {
    /// What one value's `encode(to:)` is handed: it writes into the value's frame.
    struct ValueEncoder: Encoder {
        let output: Output
        let depth: Int
        let frame: Int
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            output.beginObject(frame)
            return KeyedEncodingContainer(KeyedWriter<Key>(output: output, depth: depth, frame: frame))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            output.beginArray(frame)
            return UnkeyedWriter(output: output, depth: depth, frame: frame)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleWriter(output: output, depth: depth, frame: frame)
        }
    }

    struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let output: Output
        let depth: Int
        let frame: Int
        var codingPath: [any CodingKey] { [] }

        private func member(_ key: Key, _ write: () throws -> Void) throws {
            try output.member(of: frame, key: key.stringValue, depth: depth, write)
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

        // Nested containers and super encoders are left to JSONEncoder: the value is refused when it is finished.
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            output.refuse()
            return KeyedEncodingContainer(KeyedWriter<NestedKey>(output: output, depth: depth + 1, frame: Output.noFrame))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            output.refuse()
            return UnkeyedWriter(output: output, depth: depth + 1, frame: Output.noFrame)
        }

        mutating func superEncoder() -> any Encoder {
            output.refuse()
            return ValueEncoder(output: output, depth: depth + 1, frame: Output.noFrame)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder() }
    }

    struct UnkeyedWriter: UnkeyedEncodingContainer {
        let output: Output
        let depth: Int
        let frame: Int
        var codingPath: [any CodingKey] { [] }
        var count: Int { output.count(of: frame) }

        private func element(_ write: () throws -> Void) throws {
            try output.element(of: frame, depth: depth, write)
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
            output.refuse()
            return KeyedEncodingContainer(KeyedWriter<NestedKey>(output: output, depth: depth + 1, frame: Output.noFrame))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            output.refuse()
            return UnkeyedWriter(output: output, depth: depth + 1, frame: Output.noFrame)
        }

        mutating func superEncoder() -> any Encoder {
            output.refuse()
            return ValueEncoder(output: output, depth: depth + 1, frame: Output.noFrame)
        }
    }

    struct SingleWriter: SingleValueEncodingContainer {
        let output: Output
        let depth: Int
        let frame: Int
        var codingPath: [any CodingKey] { [] }

        private func value(_ write: () throws -> Void) throws {
            try output.single(frame, write)
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
            try output.writeWrapped(value, depth: depth, frame: frame)
        }
    }
}
