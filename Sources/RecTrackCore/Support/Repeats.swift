/// Finding items that repeat an earlier one, in the few-items lists every file has and the
/// many-items lists a hostile file may have.
enum Repeats {
    /// The positions of the items whose key equals an earlier item's key, in order.
    static func positions<Key: Hashable>(in count: Int, key: (Int) -> Key) -> [Int] {
        var repeated: [Int] = []
        // Up to a dozen or so, comparing with each earlier item is cheaper than hashing; past that, a set keeps it linear.
        if count <= 16 {
            for index in 0..<count where (0..<index).contains(where: { key($0) == key(index) }) { repeated.append(index) }
        } else {
            var seen = Set<Key>(minimumCapacity: count)
            for index in 0..<count where !seen.insert(key(index)).inserted { repeated.append(index) }
        }
        return repeated
    }
}
