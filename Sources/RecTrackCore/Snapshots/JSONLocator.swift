/// Finds where a value is in JSON text, by its path of keys and indices, so a problem found after decoding can be
/// reported at its line and column as the YAML files' problems are.
enum JSONLocator {
    /// One step of a path: a key of an object or an index of an array.
    enum Step: Equatable, Sendable {
        case key(String)
        case index(Int)
    }

    /// The line and column where the value at `path` starts, or nil when the text has no such value.
    static func location(of path: [Step], in bytes: [UInt8]) -> SourceLocation? {
        var scanner = Scanner(bytes: bytes)
        guard let offset = scanner.find(path[...]) else { return nil }
        var line = 1, column = 1
        for byte in bytes[..<offset] {
            if byte == 0x0A {
                line += 1; column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1  // a column per character, not per byte
            }
        }
        return SourceLocation(line: line, column: column)
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        mutating func find(_ path: ArraySlice<Step>) -> Int? {
            skipSpace()
            guard let step = path.first else { return index < bytes.count ? index : nil }
            guard index < bytes.count else { return nil }
            switch (bytes[index], step) {
            case (UInt8(ascii: "{"), .key(let wanted)):
                index += 1
                while true {
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
                    let key = string()
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                    index += 1
                    if key == wanted { return find(path.dropFirst()) }
                    guard skipValue(), next(closing: UInt8(ascii: "}")) else { return nil }
                }
            case (UInt8(ascii: "["), .index(let wanted)):
                index += 1
                var position = 0
                while true {
                    if position == wanted { return find(path.dropFirst()) }
                    guard skipValue(), next(closing: UInt8(ascii: "]")) else { return nil }
                    position += 1
                }
            default:
                return nil
            }
        }

        /// Past a comma to the next member; false at the closing bracket or anything else.
        private mutating func next(closing: UInt8) -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return false }
            index += 1
            return true
        }

        private mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        }

        /// Reads a string at the opening quote, returning its raw text (escapes are left as written).
        private mutating func string() -> String {
            index += 1
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
            }
            let text = String(decoding: bytes[start..<min(index, bytes.count)], as: UTF8.self)
            index += 1
            return text
        }

        /// Skips one value of any kind; false when the text ends first.
        private mutating func skipValue() -> Bool {
            skipSpace()
            guard index < bytes.count else { return false }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                _ = string()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                repeat {
                    guard index < bytes.count else { return false }
                    switch bytes[index] {
                    case UInt8(ascii: "\""): _ = string(); continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
                    default: break
                    }
                    index += 1
                } while depth > 0
            default:
                while index < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) {
                    index += 1
                }
            }
            return index <= bytes.count
        }
    }
}
