/// Typed readers for scalar values, used with ``MappingReader``.
///
/// Each takes the node, the key it was found under (for messages) and the sink,
/// and returns nil after reporting when the value does not fit.
public enum ValueReader {
    /// Non-empty text (surrounding white space trimmed).
    public static func text(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> String? {
        guard let raw = node.scalar else {
            sink.report(.notText, "'\(key)' must be text, found \(node.shapeDescription)", at: node.location)
            return nil
        }
        let trimmed = raw.trimmingWhitespace
        if trimmed.isEmpty {
            sink.report(.emptyText, "'\(key)' is empty; write the \(key)", at: node.location)
            return nil
        }
        return trimmed
    }

    /// Non-empty text on one line: a title, a name, a publisher. Each is shown on one line (a row of `status`'s table,
    /// a line of `show`), which a line break inside it would split, passing its second half off as a line of its own.
    public static func line(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> String? {
        guard let text = text(node, key, sink) else { return nil }
        guard !LineBreaks.contains(in: text) else {
            sink.report(.textNotOneLine, "'\(key)' is shown on one line, but it holds a line break; write it on one line", at: node.location)
            return nil
        }
        return text
    }

    /// A kebab-case identifier: lower-case letters, digits and single hyphens.
    public static func identifier(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> String? {
        checked(node, key, sink, read: text, code: .notKebabCase,
                mustBe: "a kebab-case id (lower-case letters, digits and hyphens, such as 'strategy-published')") {
            Identifier.isKebabCase($0) ? $0 : nil
        }
    }

    /// An evidence id: a kebab-case id that starts with its date's year, such as `2024-10-31-agency-guidance`.
    public static func evidenceID(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> String? {
        checked(node, key, sink, read: identifier, code: .notEvidenceID,
                mustBe: "an evidence id, which starts with its date (such as '2024-10-31-agency-guidance')") { text in
            let bytes = Array(text.utf8)
            let dated = bytes.count > 5 && bytes[0..<4].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } && bytes[4] == UInt8(ascii: "-")
            return dated ? text : nil
        }
    }

    /// A whole number.
    public static func integer(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> Int? {
        guard let text = node.scalar, let value = Int(text.trimmingWhitespace) else {
            let exponent = node.scalar.flatMap {
                exponentMessage(key, $0.trimmingWhitespace) { $0.rounded() != $0 ? "not a whole number" : Int(exactly: $0) == nil ? "too large for a whole number" : nil }
            }
            sink.report(.notWholeNumber, exponent ?? "'\(key)' must be a whole number, found \(node.shapeDescription)", at: node.location)
            return nil
        }
        return value
    }

    /// The largest magnitude any figure, weight or parameter may have: far beyond any real statistic,
    /// and small enough that sums and products of them stay finite and exact to the cent.
    public static let largestNumber = 1e15

    /// A finite decimal number such as `13.8` or `-40`, at most 10^15 in size.
    public static func number(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> Double? {
        number(node, key, sink, alsoRefusing: { _ in nil })
    }

    private static let tooLarge = "too large: numbers may be at most 1,000,000,000,000,000 in size"

    /// `number`, whose message for a number written with an exponent offers it written out only when it passes
    /// `alsoRefusing` too (the reason the field refuses a value, or nil), so it never offers a value the field refuses.
    private static func number(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink, alsoRefusing: (Double) -> String?) -> Double? {
        guard let text = node.scalar?.trimmingWhitespace, isDecimal(text), let value = Double(text), value.isFinite else {
            let exponent = node.scalar.flatMap { exponentMessage(key, $0.trimmingWhitespace) { abs($0) > largestNumber ? tooLarge : alsoRefusing($0) } }
            sink.report(.notNumber, exponent ?? "'\(key)' must be a number such as 13.8, found \(node.shapeDescription)", at: node.location)
            return nil
        }
        guard abs(value) <= largestNumber else {
            sink.report(.numberTooLarge, "'\(key)' is \(tooLarge)", at: node.location)
            return nil
        }
        return value
    }

    /// For a number written with an exponent, what to write instead (`write 1000`), or, when the number written out is
    /// one the field refuses (`refusal` gives why), that number and why, so the message never offers a value that
    /// would be refused in turn; nil when `text` is not a number written with an exponent.
    static func exponentMessage(_ key: String, _ text: String, refusal: (Double) -> String?) -> String? {
        guard let written = withoutExponent(text), let value = Double(written) else { return nil }
        let start = "'\(key)' is written with an exponent ('\(text)'), which is not accepted"
        guard let reason = refusal(value) else { return start + ": write \(written)" }
        return start + "; written out it is \(written), which is \(reason)"
    }

    /// A number greater than zero.
    public static func positiveNumber(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> Double? {
        guard let value = number(node, key, sink, alsoRefusing: { $0 > 0 ? nil : "not greater than 0, as '\(key)' must be" }) else { return nil }
        guard value > 0 else {
            sink.report(.notPositive, "'\(key)' must be greater than 0, found \(node.scalar ?? "")", at: node.location)
            return nil
        }
        return value
    }

    /// `true` or `false`.
    public static func boolean(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> Bool? {
        switch node.scalar {
        case "true": return true
        case "false": return false
        default:
            sink.report(.notTrueOrFalse, "'\(key)' must be true or false, found \(node.shapeDescription)", at: node.location)
            return nil
        }
    }

    /// A full date `YYYY-MM-DD` that exists in the calendar.
    public static func day(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> Day? {
        date(node, key, sink, written: "YYYY-MM-DD", partialIsWrong: true) { Day($0) }
    }

    /// A date that may be partial: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public static func factDate(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> FactDate? {
        date(node, key, sink, written: "YYYY-MM-DD, or YYYY-MM or YYYY when the day is not known", partialIsWrong: false) { FactDate($0) }
    }

    /// An `http://` or `https://` address with a host.
    public static func url(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> String? {
        checked(node, key, sink, read: text, code: .notWebAddress, mustBe: "an http:// or https:// address") {
            WebAddress.isHTTP($0) ? $0 : nil
        }
    }

    /// A `N days|months|years` span.
    public static func timeSpan(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> TimeSpan? {
        checked(node, key, sink, read: text, code: .notTimeSpan,
                mustBe: "a length of time of at most 100 years, such as '12 months' or '90 days'") { TimeSpan($0) }
    }

    /// One of an enum's raw values, with a suggestion when misspelt.
    public static func choice<E: RawRepresentable & CaseIterable & Sendable>(_ type: E.Type) -> @Sendable (YAMLNode, String, DiagnosticSink) -> E?
    where E.RawValue == String {
        // The names are listed only for a value that is not one of them: readers are made for each value read (14,500
        // times for a tracker of 2,645 recommendations), and listing the cases through a key path costs 20,000 instructions.
        { node, key, sink in
            guard let text = text(node, key, sink) else { return nil }
            return E(rawValue: text) ?? unknown(text, of: E.self, node, key, sink)
        }
    }

    /// ``choice(_:)`` for a reader made once and used for many values (an evidence file's `kind`, a bearing's
    /// `effect`): it looks the text up in a table of the cases made with the reader, a quarter of the cost of
    /// `E(rawValue:)`, which compares the text with each case in turn.
    public static func indexedChoice<E: RawRepresentable & CaseIterable & Sendable>(_ type: E.Type) -> @Sendable (YAMLNode, String, DiagnosticSink) -> E?
    where E.RawValue == String {
        let cases = Dictionary(E.allCases.map { ($0.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        return { node, key, sink in
            guard let text = text(node, key, sink) else { return nil }
            return cases[text] ?? unknown(text, of: E.self, node, key, sink)
        }
    }

    private static func unknown<E: RawRepresentable & CaseIterable>(_ text: String, of type: E.Type, _ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> E?
    where E.RawValue == String {
        let names = E.allCases.map(\.rawValue)
        let hint = Suggestion.didYouMean(text, in: names)
        sink.report(.unknownChoice, "'\(key)' must be one of \(names.joined(separator: ", ")); found '\(text)'.\(hint)", at: node.location)
        return nil
    }

    /// A list whose items are read with `item`; a single scalar is not accepted as a list.
    public static func list<T>(_ item: @escaping @Sendable (YAMLNode, String, DiagnosticSink) -> T?) -> @Sendable (YAMLNode, String, DiagnosticSink) -> [T]? {
        return { node, key, sink in
            guard case .sequence(let items) = node.content else {
                sink.report(.notList, "'\(key)' must be a list (such as [a, b] or lines starting with '- '), found \(node.shapeDescription)", at: node.location)
                return nil
            }
            return items.compactMap { item($0, key, sink) }
        }
    }

    /// A list of located nodes, for lists of mappings that another reader decodes.
    public static func nodes(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> [YAMLNode]? {
        guard case .sequence(let items) = node.content else {
            sink.report(.notList, "'\(key)' must be a list of entries starting with '- ', found \(node.shapeDescription)", at: node.location)
            return nil
        }
        return items
    }

    /// The node itself, for values a protocol reads its own way.
    public static func any(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> YAMLNode? { node }

    /// The text `read` gives, made a value by `accept`; when `accept` refuses it, nil after reporting `code` with
    /// "'key' must be `what`, found '…'".
    private static func checked<Value>(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink,
                                       read: (YAMLNode, String, DiagnosticSink) -> String?, code: DiagnosticCode,
                                       mustBe what: String, _ accept: (String) -> Value?) -> Value? {
        guard let text = read(node, key, sink) else { return nil }
        guard let value = accept(text) else {
            sink.report(code, "'\(key)' must be \(what), found '\(text)'", at: node.location)
            return nil
        }
        return value
    }

    /// A date `parse` reads, written as `written` says; otherwise nil after reporting why: a partial date where
    /// `partialIsWrong`, a day the calendar does not have, or no date at all.
    private static func date<Value>(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink, written: String,
                                    partialIsWrong: Bool, _ parse: (String) -> Value?) -> Value? {
        guard let text = node.scalar?.trimmingWhitespace else {
            sink.report(.notDate, "'\(key)' must be a date (\(written)), found \(node.shapeDescription)", at: node.location)
            return nil
        }
        if let value = parse(text) { return value }
        if partialIsWrong, FactDate(text) != nil {
            sink.report(.partialDate, "'\(key)' must be a full date (YYYY-MM-DD), found '\(text)'", at: node.location)
        } else if looksLikeDate(text) {
            sink.report(.impossibleDate, "'\(key)' is not a real date: '\(text)' does not exist in the calendar", at: node.location)
        } else {
            sink.report(.notDate, "'\(key)' must be a date (\(written)), found '\(text)'", at: node.location)
        }
        return nil
    }

    private static func isDecimal(_ text: String) -> Bool {
        var sawDigit = false, sawDot = false
        for (index, c) in text.unicodeScalars.enumerated() {
            switch c {
            case "0"..."9": sawDigit = true
            case "-", "+": if index != 0 { return false }
            case ".": if sawDot { return false }; sawDot = true
            default: return false
            }
        }
        return sawDigit
    }

    /// For a number written with an exponent (`1e3`, `2.5E-2`), the same number written out (`1000`, `0.025`),
    /// so the message can give it; nil for anything else, or when it is too long to write out.
    static func withoutExponent(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == "e" || $0 == "E" }).map(String.init)
        guard parts.count == 2, isDecimal(parts[0]), parts[0].last != ".",
              let exponent = Int(parts[1]), abs(exponent) <= 20 else { return nil }
        var sign = "", mantissa = parts[0]
        if let first = mantissa.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            mantissa.removeFirst()
        }
        let dot = mantissa.firstIndex(of: ".")
        let whole = dot.map { String(mantissa[..<$0]) } ?? mantissa
        let fraction = dot.map { String(mantissa[mantissa.index(after: $0)...]) } ?? ""
        // Move the decimal point by the exponent over the digits alone, so nothing is rounded.
        var digits = whole + fraction
        var point = whole.count + exponent
        if point < 0 { digits = String(repeating: "0", count: -point) + digits; point = 0 }
        if point > digits.count { digits += String(repeating: "0", count: point - digits.count) }
        var integer = String(digits.prefix(point).drop { $0 == "0" })
        var decimals = String(digits.dropFirst(point))
        while decimals.last == "0" { decimals.removeLast() }
        if integer.isEmpty { integer = "0" }
        let written = decimals.isEmpty ? integer : integer + "." + decimals
        return written.count <= 24 ? sign + written : nil
    }

    private static func looksLikeDate(_ text: String) -> Bool {
        let shape = text.unicodeScalars.map { ("0"..."9").contains($0) ? "9" : String($0) }.joined()
        return shape == "9999-99-99" || shape == "9999-99"
    }
}

/// Rules for the ids that users write.
public enum Identifier {
    /// Lower-case letters and digits in groups joined by single hyphens.
    public static func isKebabCase(_ text: String) -> Bool {
        // Over the bytes themselves: every evidence id is checked, and stepping through a String's
        // UTF-8 view costs several times as much.
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt8 = UInt8(ascii: "-")
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
                case UInt8(ascii: "-"): if previous == UInt8(ascii: "-") { return false }
                default: return false
                }
                previous = byte
            }
            return previous != UInt8(ascii: "-")
        }
    }
}

/// Rules for web addresses.
public enum WebAddress {
    /// True for `http://host…` and `https://host…` with no white space, quotes, angle brackets or control characters.
    public static func isHTTP(_ text: String) -> Bool {
        var copy = text
        let verdict: Bool? = copy.withUTF8 { bytes in
            // The scheme in any case: each byte with the lower-case bit set must match.
            func hasScheme(_ scheme: StaticString) -> Bool {
                let length = scheme.utf8CodeUnitCount
                guard bytes.count >= length else { return false }
                let expected = UnsafeBufferPointer(start: scheme.utf8Start, count: length)
                return (0..<length).allSatisfy { bytes[$0] | 0x20 == expected[$0] }
            }
            let schemeLength: Int
            if hasScheme("https://") { schemeLength = 8 }
            else if hasScheme("http://") { schemeLength = 7 }
            else { return false }
            guard bytes.count > schemeLength, bytes[schemeLength] != UInt8(ascii: "/") else { return false }
            var ascii = true
            for byte in bytes {
                switch byte {
                case ...0x20, 0x22, 0x3C, 0x3E, 0x5C, 0x60, 0x7F: return false
                case 0x80...: ascii = false
                default: continue
                }
            }
            return ascii ? true : nil
        }
        if let verdict { return verdict }
        // Non-ASCII: no white space or C1 control character anywhere.
        return !text.unicodeScalars.contains { $0.properties.isWhitespace || (0x80...0x9F).contains($0.value) }
    }
}
