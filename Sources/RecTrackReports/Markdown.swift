/// Escaping for Markdown: text from evidence must never become markup.
public enum Markdown {
    /// Escapes Markdown control characters, HTML and line breaks so the text reads literally in a table cell or paragraph.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            switch c {
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "!", "|", "~", ">":
                out.append("\\"); out.append(c)
            case "<": out += "&lt;"
            case "&": out += "&amp;"
            case "\n", "\r": out.append(" ")
            default: out.append(c)
            }
        }
        return out
    }

    /// A link when the address is http(s), otherwise just the escaped text.
    public static func link(_ text: String, _ url: String?) -> String {
        guard let url, WebAddressCheck.isHTTP(url) else { return escape(text) }
        let safe = url.replacingParentheses
        return "[\(escape(text))](\(safe))"
    }
}
