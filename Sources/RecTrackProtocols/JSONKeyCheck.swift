import FoundationEssentials

/// Finds a key given twice in one JSON object, which JSON decoders accept silently (keeping one of them):
/// a plugin's answer must say each thing once.
enum JSONKeyCheck {
    /// The first repeated key, as "key 'progress' twice in one object", or nil. Keys are compared after their escapes
    /// are decoded ("a" and "\u0061" are the same key). Text that is not JSON gives nil: the decoder reports it.
    static func repeatedKey(in data: Data) -> String? {
        let bytes = [UInt8](data)
        var stack: [(isObject: Bool, keys: Set<String>, expectingKey: Bool)] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"):
                stack.append((true, [], true))
            case UInt8(ascii: "["):
                stack.append((false, [], false))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
            case UInt8(ascii: ","):
                if let top = stack.last, top.isObject { stack[stack.count - 1].expectingKey = true }
            case UInt8(ascii: "\""):
                guard let end = closingQuote(bytes, from: index) else { return nil }
                if let top = stack.last, top.isObject, top.expectingKey {
                    let raw = Data(bytes[index...end])
                    guard let key = try? JSONDecoder().decode(String.self, from: raw) else { return nil }
                    if !stack[stack.count - 1].keys.insert(key).inserted { return "key '\(key)' twice in one object" }
                    stack[stack.count - 1].expectingKey = false
                }
                index = end
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// The index of the quote that closes the string opening at `start`, skipping escaped characters.
    private static func closingQuote(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index
            default: index += 1
            }
        }
        return nil
    }
}
