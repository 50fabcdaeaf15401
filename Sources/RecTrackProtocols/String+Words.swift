/// Wording helpers the built-in protocols share.
extension String {
    /// nil for the empty text.
    var nilIfEmpty: String? { isEmpty ? nil : self }

    /// The text with its first letter lower-cased, unless it starts with an acronym.
    var lowercasedFirst: String {
        // Titles are nearly always ASCII: their first two letters are then read as bytes, without breaking the text
        // into Characters. A third byte that is not ASCII may be a mark combining with the second letter, and a
        // carriage return may begin a two-byte Character, so those take the general path.
        let utf8 = utf8
        var bytes = utf8.makeIterator()
        if let first = bytes.next(), let second = bytes.next(), first < 0x80, first != 0x0D, second < 0x80, (bytes.next() ?? 0) < 0x80 {
            if (0x41...0x5A).contains(second) || !(0x41...0x5A).contains(first) { return self }
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                let count = buffer.initialize(fromContentsOf: utf8)
                buffer[0] = first + 0x20
                return count
            }
        }
        guard let first = first, count > 1 else { return self }
        let second = self[index(after: startIndex)]
        if second.isUppercase { return self }
        return first.lowercased() + dropFirst()
    }
}
