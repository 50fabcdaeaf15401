import FoundationEssentials
import RecTrackCore

/// Encodes values as JSON that is the same byte for byte on every run: sorted keys, two-space indent. The text is
/// `JSONEncoder`'s (pretty-printed, sorted keys, slashes unescaped), written by ``SortedJSONWriter`` where it can.
public enum JSONOutput {
    /// The JSON text with a final newline.
    public static func encode<T: Encodable>(_ value: T) -> String {
        String(decoding: utf8(value), as: UTF8.self)
    }

    /// ``encode(_:)``'s text as UTF-8.
    public static func utf8<T: Encodable>(_ value: T) -> [UInt8] {
        var bytes = json(value) ?? Array("{}".utf8)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// The same text as ``encode(_:)``, with the top-level array at `key` (the value's `items`)
    /// encoded one item per task on all cores: a status of thousands of recommendations is mostly that array.
    public static func encode<T: Encodable, Item: Encodable & Sendable>(_ value: T, items: WritableKeyPath<T, [Item]>, key: String) -> String {
        String(decoding: utf8(value, items: items, key: key), as: UTF8.self)
    }

    /// ``encode(_:items:key:)``'s text as UTF-8. A String of it would be checked to be UTF-8 byte by byte, which for
    /// megabytes of text beyond ASCII costs as much as the joining.
    public static func utf8<T: Encodable, Item: Encodable & Sendable>(_ value: T, items: WritableKeyPath<T, [Item]>, key: String) -> [UInt8] {
        let pieces = pieces(value, items: items, key: key)
        var document: [UInt8] = []
        document.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
        for piece in pieces { document += piece }
        return document
    }

    /// ``utf8(_:items:key:)``'s text in pieces, in order: what a command writes out one after another, with no copy of
    /// the whole (megabytes at thousands of recommendations).
    public static func pieces<T: Encodable, Item: Encodable & Sendable>(_ value: T, items: WritableKeyPath<T, [Item]>,
                                                                       key: String) -> [ArraySlice<UInt8>] {
        let list = value[keyPath: items]
        var shell = value
        shell[keyPath: items] = []
        // How the encoder writes an empty array one level down; anything else and the one-piece encoding is used.
        let empty = Array("\n  \"\(key)\" : [\n\n  ]".utf8)
        guard list.count > 1, let outer = json(shell), let range = outer.firstRange(of: empty) else { return [utf8(value)[...]] }
        let parts = list.concurrentMap { item in
            // Written two levels down, each item is already indented as the array's element but for its first line.
            (try? SortedJSONWriter.write(item, depth: 2)) ?? (try? encoder().encode(item)).map { indentedAfterFirstLine(Array($0), by: 4) }
        }
        guard parts.allSatisfy({ $0 != nil }) else { return [utf8(value)[...]] }
        let elementIndent = Array("    ".utf8), separator = Array(",\n    ".utf8)
        var pieces = [outer[..<range.lowerBound], Array("\n  \"\(key)\" : [\n".utf8)[...]]
        pieces.reserveCapacity(2 * parts.count + 4)
        for (index, part) in parts.enumerated() {
            pieces.append(index == 0 ? elementIndent[...] : separator[...])
            pieces.append(part![...])
        }
        pieces += [Array("\n  ]".utf8)[...], outer[range.upperBound...], [UInt8(ascii: "\n")][...]]
        return pieces
    }

    /// The JSON text of `value` without a final newline, or nil when neither writer can encode it.
    private static func json<T: Encodable>(_ value: T) -> [UInt8]? {
        (try? SortedJSONWriter.write(value)) ?? (try? encoder().encode(value)).map { Array($0) }
    }

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Every line of `bytes` after the first but the empty ones with `spaces` more spaces in front, as the encoder
    /// indents a value nested deeper (JSON text holds no raw line break inside a string).
    private static func indentedAfterFirstLine(_ bytes: [UInt8], by spaces: Int) -> [UInt8] {
        let newline = UInt8(ascii: "\n")
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 8)
        for (number, line) in bytes.split(separator: newline, omittingEmptySubsequences: false).enumerated() {
            if number > 0 {
                result.append(newline)
                if !line.isEmpty { result += repeatElement(UInt8(ascii: " "), count: spaces) }
            }
            result += line
        }
        return result
    }
}
