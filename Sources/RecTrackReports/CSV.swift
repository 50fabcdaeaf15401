/// Escaping for CSV (RFC 4180), including neutralising cells a spreadsheet would run as a formula.
public enum CSV {
    /// The characters that make a spreadsheet read a cell as a formula (or, for `'`, hide the first character).
    static let guarded: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "'"]

    /// A text cell, quoted when it must be; text starting with `=`, `+`, `-`, `@`, tab, carriage return or `'` gets a
    /// leading apostrophe, unless it is a plain decimal number (`-42`, `-2.5`).
    ///
    /// An apostrophe is guarded too so that the guard can be undone: a reader drops one leading apostrophe from a text
    /// cell to get the value back, as a spreadsheet does when it shows the cell.
    public static func cell(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, guarded.contains(first), !isPlainNumber(value) {
            value = "'" + value
        }
        return field(value)
    }

    /// True for a sign, digits and at most one decimal point, such as `-2.5`: what a spreadsheet reads as a number and
    /// never as a formula. (`Double` would also take `-inf`, `+nan` and `-0x1p3`, which a spreadsheet takes for formulas.)
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
        let parts = String(String.UnicodeScalarView(scalars)).split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard !scalars.isEmpty, parts.count <= 2, !parts[0].isEmpty else { return false }
        return parts.allSatisfy { part in part.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } } && (parts.count == 1 || !parts[1].isEmpty)
    }

    /// A cell written as it is, quoted only when it holds a comma, a quote or a line break: for typed values (numbers,
    /// dates) that no spreadsheet would run, and which the apostrophe of ``cell(_:)`` would turn into text.
    public static func field(_ value: String) -> String {
        // By scalar: "\r\n" is one Character, equal to neither "\r" nor "\n".
        if value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || value.first == "'" {
            return "\"" + value.replacingQuotes + "\""
        }
        return value
    }

    /// One record of fields already escaped, ended by CRLF as RFC 4180 asks.
    public static func record(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\r\n"
    }
}
