import Foundation

/// Just enough reading of generated HTML for tests: attribute values, links, elements by tag.
/// It relies on the site's own conventions (attributes always in double quotes).
enum HTMLScan {
    /// Every double-quoted attribute value.
    static func attributeValues(_ html: String) -> [String] {
        var values: [String] = []
        var rest = Substring(html)
        while let equals = rest.range(of: "=\"") {
            // Only inside a tag: the last '<' before must come after the last '>'.
            let before = rest[..<equals.lowerBound]
            let isAttribute = (before.lastIndex(of: "<") ?? before.startIndex) >= (before.lastIndex(of: ">") ?? before.startIndex)
            rest = rest[equals.upperBound...]
            guard let close = rest.firstIndex(of: "\"") else { break }
            if isAttribute { values.append(String(rest[..<close])) }
            rest = rest[rest.index(after: close)...]
        }
        return values
    }

    /// Every `href` value, as written (escaped).
    static func hrefs(_ html: String) -> [String] {
        values(of: "href", in: html)
    }

    /// The values of one attribute.
    static func values(of attribute: String, in html: String) -> [String] {
        var found: [String] = []
        var rest = Substring(html)
        let marker = " \(attribute)=\""
        while let start = rest.range(of: marker) {
            rest = rest[start.upperBound...]
            guard let close = rest.firstIndex(of: "\"") else { break }
            found.append(String(rest[..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    /// Every `<a …>` start tag whose href is http(s).
    static func externalAnchors(_ html: String) -> [String] {
        elements("a", in: html).filter { $0.contains("href=\"http://") || $0.contains("href=\"https://") }
    }

    /// Every start tag of `tag`, e.g. `<a href="…">`.
    static func elements(_ tag: String, in html: String) -> [String] {
        var found: [String] = []
        var rest = Substring(html)
        while let start = rest.range(of: "<\(tag) ") ?? rest.range(of: "<\(tag)>") {
            guard let close = rest[start.lowerBound...].firstIndex(of: ">") else { break }
            found.append(String(rest[start.lowerBound...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    /// The body of the table of recommendations (`<table class="status-table`), not the status chart's figures
    /// before it on the index.
    static func recommendationTableBody(_ html: String) -> String? {
        guard let table = html.range(of: "<table class=\"status-table") else { return nil }
        return blocks("tbody", in: String(html[table.upperBound...])).first
    }

    /// The text between each `<tag` and its `</tag>` (not nested).
    static func blocks(_ tag: String, in html: String) -> [String] {
        var found: [String] = []
        var rest = Substring(html)
        while let start = rest.range(of: "<\(tag)"), let end = rest[start.upperBound...].range(of: "</\(tag)>") {
            found.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return found
    }

    /// Every `id` value.
    static func ids(_ html: String) -> [String] { values(of: "id", in: html) }

    /// Undoes the site's escaping of an attribute value.
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// True when a relative link from `page` reaches a file of the site (and, for `#id`, the id is checked by the caller's page).
    static func resolves(_ href: String, from page: String, in paths: Set<String>) -> Bool {
        let target = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if target.isEmpty { return true }
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in target.split(separator: "/") {
            if part == ".." {
                guard !parts.isEmpty else { return false }
                parts.removeLast()
            } else if part != "." {
                parts.append(String(part))
            }
        }
        return paths.contains(parts.joined(separator: "/"))
    }

    /// The number of `|` not preceded by a backslash.
    static func unescapedPipes(_ line: String) -> Int {
        var count = 0
        var escaped = false
        for c in line {
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true } else if c == "|" { count += 1 }
        }
        return count
    }
}
