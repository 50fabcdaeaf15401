/// Wording helpers the built-in protocols share.
extension String {
    /// nil for the empty text.
    var nilIfEmpty: String? { isEmpty ? nil : self }

    /// The text with its first letter lower-cased, unless it starts with an acronym.
    var lowercasedFirst: String {
        guard let first = first, count > 1 else { return self }
        let second = self[index(after: startIndex)]
        if second.isUppercase { return self }
        return first.lowercased() + dropFirst()
    }
}
