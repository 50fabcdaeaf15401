import FoundationEssentials
import RecTrackCore

/// Encodes values as JSON that is the same byte for byte on every run: sorted keys, two-space indent. The text is
/// `JSONEncoder`'s (pretty-printed, sorted keys, slashes unescaped), written by ``SortedJSONWriter`` where it can.
public enum JSONOutput {
    /// The JSON text with a final newline.
    public static func encode<T: Encodable>(_ value: T) -> String {
        if let bytes = try? SortedJSONWriter.write(value) { return String(decoding: bytes, as: UTF8.self) + "\n" }
        guard let data = try? encoder().encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The same text as ``encode(_:)``, with the top-level array at `key` (the value's `items`)
    /// encoded one item per task on all cores: a status of thousands of recommendations is mostly that array.
    public static func encode<T: Encodable, Item: Encodable & Sendable>(_ value: T, items: WritableKeyPath<T, [Item]>, key: String) -> String {
        let list = value[keyPath: items]
        var shell = value
        shell[keyPath: items] = []
        let outer = encode(shell)
        // How the encoder writes an empty array one level down; anything else and the one-piece encoding is used.
        let empty = "\n  \"\(key)\" : [\n\n  ]"
        guard list.count > 1, let range = outer.utf8.firstRange(of: empty.utf8) else { return encode(value) }
        let parts = list.concurrentMap { item in
            // Written two levels down, each item is already indented as the array's element; only its first line is not.
            (try? SortedJSONWriter.write(item, depth: 2)).map { "    " + String(decoding: $0, as: UTF8.self) }
                ?? (try? encoder().encode(item)).map { indented(Array($0), by: 4) }
        }
        guard parts.allSatisfy({ $0 != nil }) else { return encode(value) }
        let array = "\n  \"\(key)\" : [\n" + parts.map { $0! }.joined(separator: ",\n") + "\n  ]"
        var text = outer
        text.replaceSubrange(range, with: array)
        return text
    }

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Every line of `bytes` but the empty ones with `spaces` more spaces in front, as the encoder
    /// indents (JSON text holds no raw line break inside a string).
    private static func indented(_ bytes: [UInt8], by spaces: Int) -> String {
        // Line by line rather than byte by byte: a status of thousands of recommendations is megabytes of JSON.
        let newline = UInt8(ascii: "\n")
        let lines = bytes.split(separator: newline, omittingEmptySubsequences: false)
        let capacity = bytes.count + lines.count * spaces
        return String(unsafeUninitializedCapacity: capacity) { out in
            var written = 0
            for (number, line) in lines.enumerated() {
                if number > 0 { out[written] = newline; written += 1 }
                guard !line.isEmpty else { continue }
                for _ in 0..<spaces { out[written] = UInt8(ascii: " "); written += 1 }
                line.withUnsafeBufferPointer { source in
                    _ = UnsafeMutableBufferPointer(rebasing: out[written..<(written + source.count)]).initialize(from: source)
                }
                written += line.count
            }
            return written
        }
    }
}
