/// A new evidence record as the secretariat gives it, before it has an id or a file.
public struct EvidenceDraft: Sendable, Equatable {
    /// What one `--bears-on` gives: a recommendation, perhaps a milestone, an effect, and for a formal
    /// response its verdict.
    public struct Bearing: Sendable, Equatable {
        /// The recommendation's id, e.g. `R6`.
        public var recommendation: String
        /// A milestone of that recommendation.
        public var milestone: String?
        /// The effect.
        public var effect: Effect
        /// The verdict, for evidence of kind `response`.
        public var response: ResponseVerdict?

        /// Creates a bearing.
        public init(recommendation: String, milestone: String? = nil, effect: Effect, response: ResponseVerdict? = nil) {
            self.recommendation = recommendation
            self.milestone = milestone
            self.effect = effect
            self.response = response
        }

        /// Parses `R6:strategy-published:progresses`, `R6:context`, `R6::context`, or with a verdict for a
        /// formal response, `R1:progresses:accepted`; the error says what the form is.
        public init(parsing text: String) throws(EvidenceDraftError) {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace }
            let form = "write RECOMMENDATION[:MILESTONE]:EFFECT[:VERDICT], such as R6:strategy-published:progresses or R2:context"
            guard parts.count >= 2, parts.count <= 4, !parts[0].isEmpty else {
                throw EvidenceDraftError("'\(text)' is not a bears-on entry: \(form)")
            }
            // The effect is the second or third part; what comes before it is the milestone, after it the verdict.
            let effectIndex = Effect(rawValue: parts[1]) != nil && (parts.count == 2 || ResponseVerdict(rawValue: parts[2]) != nil) ? 1 : 2
            guard effectIndex < parts.count, let effect = Effect(rawValue: parts[effectIndex]) else {
                let word = parts.count > 2 ? parts[2] : parts[1]
                let hint = Suggestion.didYouMean(word, in: Effect.allCases.map(\.rawValue))
                throw EvidenceDraftError("'\(text)' names no effect (progresses, achieves, sets-back, rejects or context).\(hint.isEmpty ? " " + form : hint)")
            }
            var response: ResponseVerdict?
            if effectIndex + 1 < parts.count {
                guard parts.count == effectIndex + 2, let verdict = ResponseVerdict(rawValue: parts[effectIndex + 1]) else {
                    throw EvidenceDraftError("'\(text)': after the effect only a response verdict may follow (accepted, accepted-in-part, noted or rejected)")
                }
                response = verdict
            }
            let milestone = effectIndex == 2 && !parts[1].isEmpty ? parts[1] : nil
            self.init(recommendation: parts[0], milestone: milestone, effect: effect, response: response)
        }
    }

    /// When it happened: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the day is not known.
    public var date: FactDate
    /// The publication's or event's exact title.
    public var title: String
    /// Who published it.
    public var publisher: String
    /// The original publisher's page.
    public var url: String?
    /// What kind of fact it is.
    public var kind: EvidenceKind
    /// Owners it concerns, as named on its date.
    public var owners: [String]
    /// The secretariat's summary.
    public var summary: String
    /// What it bears on.
    public var bearings: [Bearing]
    /// A coming date it declares.
    public var due: Day?
    /// When it is recorded: today.
    public var recorded: Day

    /// Creates a draft.
    public init(date: FactDate, title: String, publisher: String, url: String? = nil, kind: EvidenceKind, owners: [String] = [],
                summary: String, bearings: [Bearing] = [], due: Day? = nil, recorded: Day) {
        self.date = date
        self.title = title
        self.publisher = publisher
        self.url = url
        self.kind = kind
        self.owners = owners
        self.summary = summary
        self.bearings = bearings
        self.due = due
        self.recorded = recorded
    }
}

/// Why something given for a new evidence record cannot be used.
public struct EvidenceDraftError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and how to write it.
    public let message: String

    init(_ message: String) { self.message = message }

    public var description: String { message }
}
