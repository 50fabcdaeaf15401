/// Checks that a file is UTF-8 text without control characters before it is parsed,
/// so the message can say exactly where the bad byte is.
///
/// What it allows is a subset of what libyaml's reader allows, so ``PreparedInput``
/// can hand checked text to libyaml without libyaml checking it again.
enum TextCheck {
    static func validate(_ bytes: [UInt8]) throws(YAMLError) {
        // UTF-32's byte order marks first: little-endian UTF-32's begins with UTF-16's.
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw YAMLError(.utf16Text, "the file is UTF-32 text; save it as UTF-8", at: .start)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw YAMLError(.utf16Text, "the file is UTF-16 text; save it as UTF-8", at: .start)
        }
        // Without a byte order mark, UTF-16 shows as a NUL beside each ASCII character, which no UTF-8 text has.
        if bytes.count >= 2, (bytes[0] == 0) != (bytes[1] == 0), bytes[0] < 0x80, bytes[1] < 0x80 {
            throw YAMLError(.utf16Text, "the file looks like UTF-16 text (a NUL beside each letter); save it as UTF-8", at: .start)
        }
        // Nearly every file is plain ASCII text: check that in one tight pass, and find the position only when needed.
        let clean = bytes.withUnsafeBufferPointer { buffer in
            // No early exit and no branch, so the compiler can check many bytes per instruction.
            var bad: UInt8 = 0
            for byte in buffer {
                let printable: UInt8 = byte &- 0x20 < 0x5F ? 1 : 0
                let space: UInt8 = (byte == 0x0A ? 1 : 0) | (byte == 0x09 ? 1 : 0) | (byte == 0x0D ? 1 : 0)
                bad |= (printable | space) ^ 1
            }
            return bad == 0
        }
        if clean { return }
        var line = 1, column = 1
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A {
                    line += 1; column = 1
                } else if byte < 0x20 && byte != 0x09 && byte != 0x0D {
                    throw YAMLError(.controlCharacter, controlMessage(UInt32(byte)), at: SourceLocation(line: line, column: column))
                } else if byte == 0x7F {
                    throw YAMLError(.controlCharacter, controlMessage(0x7F), at: SourceLocation(line: line, column: column))
                } else {
                    column += 1
                }
                index += 1
                continue
            }
            let length: Int
            let lowest: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; lowest = 0x80; scalar = UInt32(byte & 0x1F)
            case 0xE0...0xEF: length = 3; lowest = 0x800; scalar = UInt32(byte & 0x0F)
            case 0xF0...0xF4: length = 4; lowest = 0x10000; scalar = UInt32(byte & 0x07)
            default: throw notUTF8(line, column)
            }
            guard index + length <= count else { throw notUTF8(line, column) }
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { throw notUTF8(line, column) }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < lowest || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                throw notUTF8(line, column)
            }
            if scalar == 0xFEFF && index > 0 {
                throw YAMLError(.byteOrderMarkInside, "a byte order mark (U+FEFF) inside the file: an invisible character that pasting or joining files leaves behind; delete it (only the very start of a file may have one)",
                                at: SourceLocation(line: line, column: column))
            }
            if (0x80...0x9F).contains(scalar) {
                throw YAMLError(.controlCharacter, controlMessage(scalar), at: SourceLocation(line: line, column: column))
            }
            // YAML ends a line at these, and editors do not: every line number after one would be off by one.
            if scalar == 0x2028 || scalar == 0x2029 {
                throw YAMLError(.controlCharacter, "\(scalar == 0x2028 ? "line separator" : "paragraph separator") \(codePoint(scalar)) is not allowed: YAML reads it as a line break where editors show none, so every line number after it would be wrong; replace it with a space or a real line break",
                                at: SourceLocation(line: line, column: column))
            }
            if ScalarText.isBidiControl(scalar) {
                throw YAMLError(.controlCharacter, "bidirectional control \(codePoint(scalar)) is not allowed: it can make text show in another order than it is stored; delete it",
                                at: SourceLocation(line: line, column: column))
            }
            // Not characters, and YAML does not allow them; refused here so every text that passes is text libyaml accepts.
            if scalar == 0xFFFE || scalar == 0xFFFF {
                throw YAMLError(.noncharacter, "\(codePoint(scalar)) is not a character and is not allowed; delete it", at: SourceLocation(line: line, column: column))
            }
            index += length
            column += 1
        }
    }

    private static func notUTF8(_ line: Int, _ column: Int) -> YAMLError {
        YAMLError(.notUTF8, "the text is not valid UTF-8; save the file as UTF-8", at: SourceLocation(line: line, column: column))
    }

    private static func controlMessage(_ scalar: UInt32) -> String {
        "control character \(codePoint(scalar)) is not allowed; delete it"
    }

    /// `U+` and at least four hex digits, as Unicode writes a character's number.
    private static func codePoint(_ scalar: UInt32) -> String {
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
