/// A canonical text of a node, so two files that mean the same parameters give the same fingerprint.
///
/// Mappings are written with their keys sorted, so reordering keys changes nothing;
/// sequences keep their order, which matters (milestones are listed in it). Scalars
/// are JSON strings of their exact text, and a plain null (`~`, `null`, nothing)
/// is `null`, as the readers treat it as absent. Positions and quoting style are dropped.
extension YAMLNode {
    /// Compact JSON-shaped text: `{"kind":"milestones","milestones":[…]}`.
    public var canonicalText: String {
        // Built as bytes: appending to a String one Unicode scalar at a time cost about 300 instructions per
        // character, which at 3,000 recommendations was a tenth of `status`.
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        appendCanonical(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func appendCanonical(to out: inout [UInt8]) {
        switch content {
        case .scalar(let text, _):
            if isNull { out += "null".utf8 } else { YAMLNode.appendQuoted(text, to: &out) }
        case .sequence(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.appendCanonical(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .mapping(let entries):
            out.append(UInt8(ascii: "{"))
            let sorted = entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, entry) in sorted.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                YAMLNode.appendQuoted(entry.key, to: &out)
                out.append(UInt8(ascii: ":"))
                entry.value.appendCanonical(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// The text as a JSON string. Byte by byte: every byte of a multi-byte UTF-8 sequence is 0x80 or above, so only
    /// ASCII characters are ever escaped and the others are copied whole.
    private static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += #"\""#.utf8
            case UInt8(ascii: "\\"): out += #"\\"#.utf8
            case UInt8(ascii: "\n"): out += #"\n"#.utf8
            case UInt8(ascii: "\r"): out += #"\r"#.utf8
            case UInt8(ascii: "\t"): out += #"\t"#.utf8
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += #"\u00"#.utf8
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
