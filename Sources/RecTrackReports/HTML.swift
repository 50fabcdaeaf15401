/// Escaping for HTML text and attributes.
public enum HTML {
    /// The characters HTML gives a meaning to, each with the entity that writes it as itself.
    private static let entities: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]

    /// Escapes `& < > " '` so text can go in element content or a quoted attribute.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text.unicodeScalars {
            if let entity = entities[c] { out += entity } else { out.unicodeScalars.append(c) }
        }
        return out
    }
}
