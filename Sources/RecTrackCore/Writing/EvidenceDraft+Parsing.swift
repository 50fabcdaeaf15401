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
        let trimmed = text.trimmingWhitespace
        return FactDate(trimmed).map { .success($0) }
            ?? .failure(EvidenceDraftError("'\(text)' is \(DateProblem.problem(with: trimmed, accepting: .factDate) ?? "not a date")"))
    }

    /// A full date `YYYY-MM-DD`.
    public static func parseDay(_ text: String) -> Result<Day, EvidenceDraftError> {
        let trimmed = text.trimmingWhitespace
        return Day(trimmed).map { .success($0) }
            ?? .failure(EvidenceDraftError("'\(text)' is \(DateProblem.problem(with: trimmed, accepting: .day) ?? "not a date")"))
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
        return .failure(EvidenceDraftError("'\(text)' is not a kind of evidence.\(Suggestion.hint(trimmed, in: names, otherwise: "Kinds are: \(names.joined(separator: ", "))."))"))
    }

    /// The verdict of a formal response: accepted, accepted-in-principle, accepted-in-part, noted or rejected ('none' is no evidence).
    public static func parseVerdict(_ text: String) -> Result<ResponseVerdict, EvidenceDraftError> {
        let trimmed = text.trimmingWhitespace
        if let verdict = ResponseVerdict(rawValue: trimmed), verdict != .none { return .success(verdict) }
        let names = ResponseVerdict.allCases.filter { $0 != .none }.map(\.rawValue)
        return .failure(EvidenceDraftError("'\(text)' is not a verdict.\(Suggestion.hint(trimmed, in: names, otherwise: "Verdicts are: \(names.joined(separator: ", "))."))"))
    }

    /// A bears-on entry (see ``Bearing/init(parsing:)``).
    public static func parseBearing(_ text: String) -> Result<Bearing, EvidenceDraftError> {
        Result { () throws(EvidenceDraftError) in try Bearing(parsing: text) }
    }
}

extension Bearing {
    /// Parses what one `--bears-on` gives: `R6:strategy-published:progresses`, `R6:context`, `R6::context`,
    /// or with a verdict for a formal response, `R1:progresses:accepted`; the recommendation may be qualified by its
    /// report (`no-good-options:R6:context`). The error says what the form is.
    public init(parsing text: String) throws(EvidenceDraftError) {
        var parts = text.split(separator: ":", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace }
        // A stray colon at the end ("R1:context:") adds nothing.
        while parts.count > 2, parts.last?.isEmpty == true { parts.removeLast() }
        // A report id is kebab-case and a recommendation's R and a number: together they are one qualified id.
        if parts.count >= 3, Identifier.isKebabCase(parts[0]), Bearing.looksNumbered(parts[1]) {
            parts.replaceSubrange(0...1, with: [RecommendationIndex.qualified(report: parts[0], id: parts[1])])
        }
        let form = "write RECOMMENDATION[:MILESTONE]:EFFECT[:VERDICT], such as R6:strategy-published:progresses or R2:context"
        guard parts.count >= 2, parts.count <= 4, !parts[0].isEmpty else {
            throw EvidenceDraftError("'\(text)' is not a bears-on entry: \(form)")
        }
        // The effect is the second or third part; what comes before it is the milestone, after it the verdict.
        let effectIndex = Effect(rawValue: parts[1]) != nil && (parts.count == 2 || ResponseVerdict(rawValue: parts[2]) != nil) ? 1 : 2
        guard effectIndex < parts.count, let effect = Effect(rawValue: parts[effectIndex]) else {
            let word = parts.count > 2 ? parts[2] : parts[1]
            throw EvidenceDraftError("'\(text)' names no effect (progresses, achieves, sets-back, rejects or context).\(Suggestion.hint(word, in: Effect.allCases.map(\.rawValue), otherwise: form.capitalisedFirstLetter + "."))")
        }
        var response: ResponseVerdict?
        if effectIndex + 1 < parts.count {
            guard parts.count == effectIndex + 2, let verdict = ResponseVerdict(rawValue: parts[effectIndex + 1]) else {
                throw EvidenceDraftError("'\(text)': after the effect only a response verdict may follow (accepted, accepted-in-principle, accepted-in-part, noted or rejected)")
            }
            response = verdict
        }
        let milestone = effectIndex == 2 && !parts[1].isEmpty ? parts[1] : nil
        self.init(recommendation: parts[0], milestone: milestone, effect: effect, response: response)
    }

    /// `R6`, `r6` or `6`: how a recommendation is named after its report's id.
    private static func looksNumbered(_ text: String) -> Bool {
        let digits = text.first == "R" || text.first == "r" ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }
}

private extension String {
    /// The text with its first letter in upper case, to start a sentence.
    var capitalisedFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
