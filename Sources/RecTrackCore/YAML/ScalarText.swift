/// Text from outside the tracker's files (a plugin's answer or its error output) held to the same rule as values.
public enum SafeText {
    /// The first character `text` may not hold (a control character other than tab and line feed, a bidirectional
    /// control, or a byte order mark), as "U+001B"; nil when it holds none.
    public static func forbiddenCharacter(in text: String) -> String? {
        var copy = text
        return copy.withUTF8 { ScalarText.forbidden(in: $0) }.map(ScalarText.codePoint)
    }

    /// `text` with every character it may not hold replaced by "?", for quoting what a program wrote.
    public static func neutralised(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            let value = scalar.value
            let bad = (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value) || ScalarText.isBidiControl(value)
                || value == ScalarText.byteOrderMark
            return bad ? "?" : scalar
        }))
    }

    /// `name`, a file or folder name from the file system, with every control character (tab and line feed too) and
    /// bidirectional control written as an escape a reader can see (`\u{1B}`, `\n`): a name can hold any of them, and
    /// printed raw it could move the cursor, recolour or retitle a terminal, or forge a line of a message. Every path
    /// a diagnostic prints goes through here; JSON keeps the exact name, escaped as JSON escapes it.
    public static func escaped(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x00..<0x20, 0x7F...0x9F: out += "\\u{" + String(value, radix: 16, uppercase: true).leftPadded(to: 2) + "}"
            case _ where ScalarText.isBidiControl(value): out += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: Swift.max(0, width - count)) + self }
}

/// What a value may hold once YAML's escapes are read: `"\e"`, `"\u202E"`, `"\uFEFF"` or `"\0"` in a quoted string
/// become the very characters the file check refuses in raw text, and would reach terminals, pages and files from there.
enum ScalarText {
    /// U+FEFF: refused inside a file's raw text (RT0115), so refused when an escape writes it too.
    static let byteOrderMark: UInt32 = 0xFEFF

    /// The first character a value may not hold, or nil: a control character other than tab and line feed (C0, DEL,
    /// C1, NUL included), a bidirectional control that can make text show in another order than it is stored, or a
    /// byte order mark, an invisible character that splits a word or an id without showing.
    /// A key may not hold a tab or a line break either, so that no key can forge a line of a message.
    static func forbidden(in bytes: UnsafeBufferPointer<UInt8>, isKey: Bool = false) -> UInt32? {
        // Byte by byte, without decoding: every value of every file passes here, and curly quotes and dashes
        // (E2 80 9x) are common, so only the exact sequences of the forbidden characters are matched.
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F {
                index += 1
                continue
            }
            switch byte {
            case 0x09, 0x0A:
                if isKey { return UInt32(byte) }
            case 0x00..<0x20, 0x7F:
                return UInt32(byte)
            case 0xC2:
                if index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) { return 0x80 + UInt32(bytes[index + 1] - 0x80) }
            case 0xD8:
                if index + 1 < count, bytes[index + 1] == 0x9C { return 0x061C }
            case 0xE2:
                if index + 2 < count {
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if second == 0x80, third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third) { return 0x2000 + UInt32(third - 0x80) }
                    if second == 0x81, (0xA6...0xA9).contains(third) { return 0x2040 + UInt32(third - 0x80) }
                }
            case 0xEF:
                if index + 2 < count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return byteOrderMark }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// U+061C, U+200E–U+200F, U+202A–U+202E and U+2066–U+2069: the marks, embeddings, overrides and isolates.
    static func isBidiControl(_ value: UInt32) -> Bool {
        value == 0x061C || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// "U+001B", as Unicode writes a character's number.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The message for a value or key holding `value`.
    static func message(_ value: UInt32, isKey: Bool) -> String {
        let what = isBidiControl(value) ? "the bidirectional control \(codePoint(value)), which can make text show in another order than it is stored"
            : value == byteOrderMark ? "a byte order mark (U+FEFF), an invisible character"
            : value == 0x09 || value == 0x0A ? "a tab or line break (\(codePoint(value)))" : "the control character \(codePoint(value))"
        return "\(isKey ? "a key" : "the value") holds \(what); it is not allowed, because it would reach terminals and pages. Remove it (in a YAML file it is written as an escape, such as \\e or \\u202E)"
    }
}
