/// Breaking text into lines at spaces for a terminal of a given width.
public enum TextWrap {
    /// `text` broken at spaces so that no line is wider than `width` (a word longer than a line stands alone),
    /// the first line starting with `indent` and the others with `hanging` (or `indent`).
    public static func lines(_ text: String, width: Int, indent: String = "", hanging: String? = nil) -> [String] {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > width && line.trimmingWhitespace.count > 0 {
                lines.append(line)
                line = hanging ?? indent
            }
            line += (line.hasSuffix(" ") || line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        return lines
    }

    /// The lines of ``lines(_:width:indent:hanging:)`` joined by line breaks, without a final one.
    public static func text(_ text: String, width: Int, indent: String = "", hanging: String? = nil) -> String {
        lines(text, width: width, indent: indent, hanging: hanging).joined(separator: "\n")
    }
}
