/// A canonical text of a node, so two files that mean the same parameters give the same fingerprint.
///
/// Mappings are written with their keys sorted, so reordering keys changes nothing;
/// sequences keep their order, which matters (milestones are listed in it). Scalars
/// are JSON strings of their exact text, and a plain null (`~`, `null`, nothing)
/// is `null`, as the readers treat it as absent. Positions and quoting style are dropped.
extension YAMLNode {
    /// Compact JSON-shaped text: `{"kind":"milestones","milestones":[…]}`.
    public var canonicalText: String {
        var out = ""
        appendCanonical(to: &out)
        return out
    }

    private func appendCanonical(to out: inout String) {
        switch content {
        case .scalar(let text, _):
            if isNull { out += "null" } else { YAMLNode.appendQuoted(text, to: &out) }
        case .sequence(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.appendCanonical(to: &out)
            }
            out += "]"
        case .mapping(let entries):
            out += "{"
            let sorted = entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, entry) in sorted.enumerated() {
                if index > 0 { out += "," }
                YAMLNode.appendQuoted(entry.key, to: &out)
                out += ":"
                entry.value.appendCanonical(to: &out)
            }
            out += "}"
        }
    }

    private static func appendQuoted(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
