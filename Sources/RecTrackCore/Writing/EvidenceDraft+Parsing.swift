/// Reading the values of a new evidence record as a person types them (options or answers to prompts),
/// each with a message that says how to write it.
extension EvidenceDraft {
    /// Non-empty text, trimmed.
    public static func parseText(_ text: String) -> Result<String, EvidenceDraftError> {
        let trimmed = text.trimmingWhitespace
        return trimmed.isEmpty ? .failure(EvidenceDraftError("it is empty")) : .success(trimmed)
    }

    /// `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the day is not known.
    public static func parseDate(_ text: String) -> Result<FactDate, EvidenceDraftError> {
        FactDate(text.trimmingWhitespace).map { .success($0) }
            ?? .failure(EvidenceDraftError("'\(text)' is not a date: write YYYY-MM-DD, or YYYY-MM or YYYY when the day is not known"))
    }

    /// A full date `YYYY-MM-DD`.
    public static func parseDay(_ text: String) -> Result<Day, EvidenceDraftError> {
        Day(text.trimmingWhitespace).map { .success($0) } ?? .failure(EvidenceDraftError("'\(text)' is not a date: write YYYY-MM-DD"))
    }

    /// An http(s) address.
    public static func parseURL(_ text: String) -> Result<String, EvidenceDraftError> {
        let trimmed = text.trimmingWhitespace
        return WebAddress.isHTTP(trimmed) ? .success(trimmed)
            : .failure(EvidenceDraftError("'\(text)' is not an http:// or https:// address"))
    }

    /// An evidence kind, with a suggestion when misspelt.
    public static func parseKind(_ text: String) -> Result<EvidenceKind, EvidenceDraftError> {
        let trimmed = text.trimmingWhitespace
        if let kind = EvidenceKind(rawValue: trimmed) { return .success(kind) }
        let names = EvidenceKind.allCases.map(\.rawValue)
        let hint = Suggestion.didYouMean(trimmed, in: names)
        return .failure(EvidenceDraftError("'\(text)' is not a kind of evidence.\(hint.isEmpty ? " Kinds are: \(names.joined(separator: ", "))." : hint)"))
    }

    /// A bears-on entry (see ``Bearing/init(parsing:)``).
    public static func parseBearing(_ text: String) -> Result<Bearing, EvidenceDraftError> {
        Result { () throws(EvidenceDraftError) in try Bearing(parsing: text) }
    }
}
