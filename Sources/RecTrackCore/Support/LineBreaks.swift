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

    /// `text` with each run of line breaks replaced by one space: for a place that shows text on one line, whatever
    /// produced it.
    public static func joined(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isLineBreak) else { return text }
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
