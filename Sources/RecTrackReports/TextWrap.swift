/// Breaking text into lines at spaces for a terminal of a given width.
public enum TextWrap {
    /// `text` broken at spaces so that no line is wider than `width` (a word longer than a line stands alone),
    /// the first line starting with `indent` and the others with `hanging` (or `indent`).
    /// With `keepingSpaces`, the spaces between two words on one line stay as they were written (an aligned
    /// column's double space), rather than becoming one.
    public static func lines(_ text: String, width: Int, indent: String = "", hanging: String? = nil, keepingSpaces: Bool = false) -> [String] {
        var lines: [String] = []
        var line = indent
        for (gap, word) in words(text) {
            let between = keepingSpaces ? gap : " "
            if line.count + word.count + between.count > width && line.trimmingWhitespace.count > 0 {
                lines.append(line)
                line = hanging ?? indent
            }
            line += (line.hasSuffix(" ") || line.isEmpty ? "" : between) + word
        }
        lines.append(line)
        return lines
    }

    /// Each word with the spaces written before it.
    private static func words(_ text: String) -> [(gap: String, word: Substring)] {
        var words: [(gap: String, word: Substring)] = []
        var gap = ""
        var rest = Substring(text)
        while !rest.isEmpty {
            let spaces = rest.prefix { $0 == " " }
            gap += spaces
            rest = rest.dropFirst(spaces.count)
            let word = rest.prefix { $0 != " " }
            if !word.isEmpty { words.append((gap, word)) }
            rest = rest.dropFirst(word.count)
            gap = ""
        }
        return words
    }

    /// The lines of ``lines(_:width:indent:hanging:)`` joined by line breaks, without a final one.
    public static func text(_ text: String, width: Int, indent: String = "", hanging: String? = nil) -> String {
        lines(text, width: width, indent: indent, hanging: hanging).joined(separator: "\n")
    }
}
