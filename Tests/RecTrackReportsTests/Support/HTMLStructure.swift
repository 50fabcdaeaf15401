/// A strict reading of the HTML rectrack writes, for tests: every tag is closed in order, text holds no raw `<`, and
/// the names of the elements used are collected, so a test can check that data never made an element of its own.
enum HTMLStructure {
    /// Elements that have no end tag.
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                            "source", "track", "wbr"]

    /// What reading a page found: its element names, or the first problem.
    struct Reading {
        var elements: Set<String> = []
        var problem: String?
    }

    /// Reads `html`; `problem` is set at the first tag that is not closed in order, a raw `<` in text, an unclosed
    /// quote or comment, or an end tag with no start.
    static func read(_ html: String) -> Reading {
        var reading = Reading()
        var open: [String] = []
        let scalars = Array(html.unicodeScalars)
        var index = 0
        func fail(_ message: String) -> Reading {
            reading.problem = "\(message) (at scalar \(index), open: \(open.joined(separator: " > ")))"
            return reading
        }
        while index < scalars.count {
            guard scalars[index] == "<" else { index += 1; continue }
            let rest = String(String.UnicodeScalarView(scalars[index..<min(scalars.count, index + 9)]))
            if rest.hasPrefix("<!--") {
                guard let end = find("-->", in: scalars, from: index + 4) else { return fail("an unclosed comment") }
                index = end + 3
                continue
            }
            if rest.uppercased().hasPrefix("<!DOCTYPE") {
                guard let end = find(">", in: scalars, from: index) else { return fail("an unclosed doctype") }
                index = end + 1
                continue
            }
            var cursor = index + 1
            let closing = cursor < scalars.count && scalars[cursor] == "/"
            if closing { cursor += 1 }
            var name = ""
            while cursor < scalars.count, scalars[cursor].properties.isAlphabetic || ("0"..."9").contains(scalars[cursor]) || scalars[cursor] == "-" {
                name.unicodeScalars.append(scalars[cursor])
                cursor += 1
            }
            guard !name.isEmpty else { return fail("a raw '<' in text") }
            name = name.lowercased()
            // Attributes: up to the '>' that is outside quotes.
            var quote: Unicode.Scalar?
            var selfClosing = false
            while cursor < scalars.count {
                let scalar = scalars[cursor]
                if let q = quote {
                    if scalar == q { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                } else if scalar == "<" {
                    return fail("a '<' inside the tag <\(name)>")
                } else if scalar == ">" {
                    selfClosing = cursor > 0 && scalars[cursor - 1] == "/"
                    break
                }
                cursor += 1
            }
            guard cursor < scalars.count else { return fail("the tag <\(name)> is not closed") }
            index = cursor + 1
            if closing {
                guard open.last == name else { return fail("</\(name)> closes \(open.last.map { "<\($0)>" } ?? "nothing")") }
                open.removeLast()
                continue
            }
            reading.elements.insert(name)
            if voidElements.contains(name) || selfClosing { continue }
            if name == "style" || name == "script" {
                // Raw text up to its end tag.
                guard let end = find("</\(name)>", in: scalars, from: index) else { return fail("<\(name)> is not closed") }
                index = end + name.count + 3
                continue
            }
            open.append(name)
        }
        if !open.isEmpty { return fail("elements left open at the end") }
        return reading
    }

    private static func find(_ text: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let needle = Array(text.unicodeScalars)
        guard scalars.count >= needle.count, start <= scalars.count - needle.count else { return nil }
        for index in start...(scalars.count - needle.count) where scalars[index..<index + needle.count].elementsEqual(needle) {
            return index
        }
        return nil
    }
}
