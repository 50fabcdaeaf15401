/// Escaping for CSV, including neutralising cells a spreadsheet would run as a formula.
public enum CSV {
    /// A quoted cell; text starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading apostrophe.
    public static func cell(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first),
           Double(value) == nil {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || value != text {
            return "\"" + value.replacingQuotes + "\""
        }
        return value
    }
}
