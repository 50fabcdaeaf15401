/// The keys of one kind of mapping, in the order files list them: the one place a key is declared.
///
/// ``MappingReader/read(_:into:)`` reads a parsed mapping through it, reporting every problem, and
/// ``EvidenceFastReader`` reads evidence through it straight from the parser's events.
struct FieldTable<Fields>: Sendable {
    /// Every key, in the order files list them.
    let keys: [FieldKey<Fields>]
    /// How many of the keys must be given.
    let requiredCount: Int
    /// Each key's name as UTF-8, for a reader that matches keys by their bytes without making strings.
    let utf8Names: [[UInt8]]

    /// A table of `keys`, in the order files list them; no two keys may share a name.
    init(_ keys: [FieldKey<Fields>]) {
        self.keys = keys
        self.requiredCount = keys.lazy.filter(\.isRequired).count
        self.utf8Names = keys.map { Array($0.name.utf8) }
    }

    /// The position of the key named `name`, or nil when there is none.
    func position(of name: String) -> Int? {
        keys.firstIndex { $0.name == name }
    }

    /// The position of the key named `name`, searching from `next` (just after the last key found) and comparing
    /// lengths first: files list keys in the table's order, and a chain of string comparisons per key cost more
    /// than the rest of reading it.
    func position(of name: String, from next: inout Int) -> Int? {
        let length = name.utf8.count, count = keys.count
        for step in 0..<count {
            let index = next + step < count ? next + step : next + step - count
            if keys[index].name.utf8.count == length && keys[index].name == name {
                next = index + 1
                return index
            }
        }
        return nil
    }
}
