extension SortedJSONWriter.Output {
    private static let hex = Array("0123456789abcdef".utf8)

    /// A JSON string as JSONEncoder writes it: `"` and `\` escaped, control characters as `\n`-style or `\u00XX`
    /// escapes, everything else (slashes and all text beyond ASCII) as it is. True when something was escaped.
    @discardableResult
    func writeString(_ text: String) -> Bool {
        bytes.append(UInt8(ascii: "\""))
        // Read in place: a copy to make the text contiguous costs a retain and a release for each of millions of strings.
        let escaped = text.utf8.withContiguousStorageIfAvailable(writeEscaping) ?? {
            var text = text
            return text.withUTF8(writeEscaping)
        }()
        bytes.append(UInt8(ascii: "\""))
        return escaped
    }

    /// Writes `utf8` escaped for a JSON string, runs of bytes that need no escape copied whole; true when something was.
    private func writeEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        var index = Self.firstEscape(in: utf8, from: 0)
        while index < utf8.count {
            bytes.append(UnsafeBufferPointer(rebasing: utf8[run..<index]))
            writeEscape(utf8[index])
            run = index + 1
            index = Self.firstEscape(in: utf8, from: run)
        }
        bytes.append(UnsafeBufferPointer(rebasing: utf8[run...]))
        return run > 0
    }

    /// The index of the first byte from `start` on that a JSON string escapes, or the count when there is none.
    private static func firstEscape(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        // Eight bytes at a time while none of them is a control character, `"` or `\`: most text has none.
        if let base = utf8.baseAddress {
            while index + 8 <= utf8.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if Self.holdsEscape(word) { break }
                index += 8
            }
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return index }
            index += 1
        }
        return index
    }

    /// True when one of the eight bytes of `word` is below 0x20, a quote or a backslash. Each test is the usual one
    /// for a byte below a bound, `(x - bound in every byte) & ~x & 0x80 in every byte`: below 0x20 in `word`, below 1
    /// (zero) in `word` XOR quotes or XOR backslashes. Each is exact about whether some byte matches (not about which).
    private static func holdsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ 0x2222_2222_2222_2222, backslash = word ^ 0x5C5C_5C5C_5C5C_5C5C
        let control = (word &- 0x2020_2020_2020_2020) & ~word
        let quotes = (quote &- ones) & ~quote, backslashes = (backslash &- ones) & ~backslash
        return (control | quotes | backslashes) & 0x8080_8080_8080_8080 != 0
    }

    private func writeEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append("\\\"")
        case UInt8(ascii: "\\"): bytes.append("\\\\")
        case 0x0A: bytes.append("\\n")
        case 0x0D: bytes.append("\\r")
        case 0x09: bytes.append("\\t")
        case 0x08: bytes.append("\\b")
        case 0x0C: bytes.append("\\f")
        default:
            bytes.append("\\u00")
            bytes.append(Self.hex[Int(byte >> 4)])
            bytes.append(Self.hex[Int(byte & 0xF)])
        }
    }

    func writeDouble(_ value: Double) throws {
        guard value.isFinite else { throw SortedJSONWriter.Unsupported() }
        // A whole number reads as its digits (its description less ".0"), written without making a String. Swift
        // writes an exponent only from 1e16, and -0.0 keeps its sign through the description.
        if value.magnitude < 1e15, value.rounded(.towardZero) == value, value != 0 || value.sign == .plus {
            return writeInteger(Int64(value))
        }
        writeNumber(value.description)
    }

    func writeFloat(_ value: Float) throws {
        guard value.isFinite else { throw SortedJSONWriter.Unsupported() }
        writeNumber(value.description)
    }

    /// A number's shortest text as Swift writes it, as JSONEncoder writes it: a whole number without its `.0`.
    private func writeNumber(_ description: String) {
        var text = description
        text.withUTF8 { utf8 in
            let whole = utf8.count > 2 && utf8[utf8.count - 2] == UInt8(ascii: ".") && utf8[utf8.count - 1] == UInt8(ascii: "0")
            bytes.append(UnsafeBufferPointer(rebasing: utf8[..<(whole ? utf8.count - 2 : utf8.count)]))
        }
    }

    func writeInteger<I: FixedWidthInteger>(_ value: I) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // Every integer type a container takes has at most 64 bits.
        bytes.appendDigits(of: UInt64(truncatingIfNeeded: value.magnitude))
    }

    func writeBool(_ value: Bool) {
        bytes.append(value ? "true" : "false")
    }

    func writeNull() {
        bytes.append("null")
    }
}
