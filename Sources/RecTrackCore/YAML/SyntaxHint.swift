/// The plain-words fix for a YAML syntax error, chosen from libyaml's problem and the lines around it, so that the
/// advice fits the mistake: quotes pasted from a word processor and an over-indented line both make libyaml say
/// "mapping values are not allowed", but neither is fixed by quoting.
enum SyntaxHint {
    /// The hint to append to the message ("; …"), or "" when there is none. `line` is 1-based.
    static func hint(for problem: String, line: Int, in bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> String {
        let lines = Array(bytes[offset...]).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let text = line >= 1 && line <= lines.count ? String(decoding: lines[line - 1], as: UTF8.self) : ""
        if problem.contains("mapping values are not allowed") {
            if let quotes = curlyQuotes(in: text) {
                return "; \(quotes) are not YAML quotes (a word processor makes them): put the text in ' or \" quotes instead"
            }
            if let above = keyLineAbove(line, in: lines), indentation(text) > indentation(above) {
                return "; this line is indented more than the key above it (line \(line - 1)), so YAML reads it as more of that key's value: if it is a key of its own, indent it as that key is; if it is text, put the whole value in quotes"
            }
            return "; put text that contains ': ' in quotes"
        }
        if problem.contains("found character that cannot start any token") {
            return "; indent with spaces, not tabs, and quote text that starts with '@' or '`'"
        }
        if problem.contains("did not find expected key") {
            return "; check the indentation of this line and the one above"
        }
        return ""
    }

    /// "‘ and ’" or "“ and ”" when the line holds such quotes.
    private static func curlyQuotes(in text: String) -> String? {
        let single = text.contains("\u{2018}") || text.contains("\u{2019}"), double = text.contains("\u{201C}") || text.contains("\u{201D}")
        switch (single, double) {
        case (true, true): return "‘ ’ and “ ”"
        case (true, false): return "‘ and ’"
        case (false, true): return "“ and ”"
        case (false, false): return nil
        }
    }

    /// The line just above `line` when it is a `key: value` line (the one an over-indented line continues).
    private static func keyLineAbove(_ line: Int, in lines: [ArraySlice<UInt8>]) -> String? {
        guard line >= 2, line - 2 < lines.count else { return nil }
        let above = String(decoding: lines[line - 2], as: UTF8.self)
        let trimmed = above.drop { $0 == " " }
        guard !trimmed.hasPrefix("#"), !trimmed.hasPrefix("- "), let colon = trimmed.firstRange(of: ": "),
              !trimmed[colon.upperBound...].allSatisfy({ $0 == " " }) else { return nil }
        return above
    }

    private static func indentation(_ text: String) -> Int { text.prefix { $0 == " " }.count }
}
