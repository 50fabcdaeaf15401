/// Wording and escaping helpers the renderers share.
extension String {
    /// The text with its first letter in upper case: "no progress" → "No progress".
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// Each character that `map` names replaced by its text.
    func replacingAll(_ map: [Character: String]) -> String {
        var out = ""
        for c in self { if let r = map[c] { out += r } else { out.append(c) } }
        return out
    }

    /// Double quotes doubled, as CSV writes them inside a quoted cell.
    var replacingQuotes: String { replacingAll(["\"": "\"\""]) }

    /// Parentheses and spaces percent-encoded, so an address cannot end a Markdown link early.
    var replacingParentheses: String { replacingAll(["(": "%28", ")": "%29", " ": "%20"]) }

    /// "accepted-in-part" → "accepted in part".
    var replacingHyphens: String { String(map { $0 == "-" ? " " : $0 }) }

    /// The text without commas: "1,234.5" → "1234.5", so a number stays one CSV cell that spreadsheets read as a number.
    var replacingCommas: String { String(self.filter { $0 != "," }) }

    /// True when every byte is ASCII and none is a carriage return: each byte is then one Character (only a carriage
    /// return and a line feed make one Character of two ASCII bytes), so the text is measured and cut by its bytes.
    var isOneByteCharacters: Bool { utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }

    /// The text without the spaces at its end.
    var trimmingTrailingSpaces: String {
        // The spaces are found by bytes: after an ASCII byte each is a Character of its own. After other text the
        // first may join what precedes it (a prepended mark), so Characters decide.
        let bytes = utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 { end = bytes.index(before: end) }
        if end == bytes.endIndex { return self }
        if end == bytes.startIndex || bytes[bytes.index(before: end)] < 0x80 { return String(Substring(bytes[..<end])) }
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
