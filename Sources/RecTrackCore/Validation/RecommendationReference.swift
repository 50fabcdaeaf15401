/// Suggestions for a mistyped recommendation id.
public enum RecommendationReference {
    /// " Did you mean 'R7'?" for an id written in other case (`r7`); " The tracker has R1 to R12." for an `R` and a
    /// number (where edit distance would suggest the wrong number); otherwise "Did you mean …?" among the known ids.
    public static func hint(_ reference: String, known: [String]) -> String {
        let sameLetters = known.filter { $0.lowercased() == reference.lowercased() }
        if sameLetters.count == 1 { return " Did you mean '\(sameLetters[0])'? Ids are written as the recommendation's file writes them." }
        let looksNumbered = reference.uppercased().hasPrefix("R") && Int(reference.dropFirst()) != nil
        if looksNumbered || known.count <= 1 {
            guard let first = known.first, let last = known.last else { return " The tracker has no recommendations." }
            return known.count == 1 ? " The tracker has only \(first)." : " The tracker has \(first) to \(last)."
        }
        return Suggestion.hint(reference, in: known, otherwise: "The tracker has \(known.first!) to \(known.last!).")
    }
}
