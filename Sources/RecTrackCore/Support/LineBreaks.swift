/// The characters that end a line somewhere text is shown: in a terminal, an editor, a page or YAML itself.
public enum LineBreaks {
    /// True for a line feed, carriage return, vertical tab, form feed, next line (U+0085), line separator (U+2028)
    /// or paragraph separator (U+2029).
    public static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// True when `text` holds any of the line breaks ``isLineBreak(_:)`` names. Read as UTF-8 bytes: every title and
    /// name of every file is checked, and walking Unicode scalars cost a tenth of reading the evidence.
    public static func contains(in text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            // Nearly every title has none of the bytes a line break starts with: one pass with no branch finds that, and
            // the compiler checks many bytes per instruction; only text with one (an en dash is E2 80 93) is read closely.
            var starts: UInt8 = 0
            for byte in bytes { starts |= (byte &- 0x0A < 4 ? 1 : 0) | (byte == 0xC2 ? 1 : 0) | (byte == 0xE2 ? 1 : 0) }
            guard starts != 0 else { return false }
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte >= 0x0A && byte <= 0x0D { return true }
                // U+0085 is C2 85; U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0x85 { return true }
                if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return true }
                index += 1
            }
            return false
        }
    }

    /// `text` with each run of line breaks replaced by one space: for a place that shows text on one line, whatever
    /// produced it.
    public static func joined(_ text: String) -> String {
        guard contains(in: text) else { return text }
        var out = String.UnicodeScalarView()
        var afterBreak = false
        for scalar in text.unicodeScalars {
            if isLineBreak(scalar) {
                if !afterBreak { out.append(" ") }
                afterBreak = true
            } else {
                out.append(scalar)
                afterBreak = false
            }
        }
        return String(out)
    }
}
