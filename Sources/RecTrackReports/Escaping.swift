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

/// Escaping for HTML text and attributes.
public enum HTML {
    /// Escapes `& < > " '` so text can go in element content or a quoted attribute.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

import RecTrackCore

/// Which addresses may become links: http and https only.
public enum WebAddressCheck {
    /// True for a well-formed http(s) address.
    public static func isHTTP(_ url: String) -> Bool { WebAddress.isHTTP(url) }
}

extension String {
    var replacingQuotes: String {
        var out = ""
        for c in self { if c == "\"" { out += "\"\"" } else { out.append(c) } }
        return out
    }

    var replacingParentheses: String {
        var out = ""
        for c in self {
            switch c {
            case "(": out += "%28"
            case ")": out += "%29"
            case " ": out += "%20"
            default: out.append(c)
            }
        }
        return out
    }
}
