/// A new owner's reply as the secretariat gives it, before it has an id or a file.
public struct ReplyDraft: Sendable, Equatable {
    /// The recommendation replied about, by id (`R6`).
    public var recommendation: String
    /// The owner, by id or the name it had on the reply's date.
    public var owner: String
    /// The day of the reply.
    public var date: Day
    /// The status the owner would give.
    public var status: Status
    /// Their words: public text.
    public var says: String
    /// Evidence ids or public addresses they cite.
    public var cites: [String]
    /// How it reached the tracker.
    public var channel: ReplyChannel
    /// Where it was published.
    public var url: String?
    /// When it stops standing, when not 12 months after its date.
    public var lapses: Day?
    /// When it is recorded: today.
    public var recorded: Day

    /// Creates a draft.
    public init(recommendation: String, owner: String, date: Day, status: Status, says: String, cites: [String] = [],
                channel: ReplyChannel, url: String? = nil, lapses: Day? = nil, recorded: Day) {
        self.recommendation = recommendation
        self.owner = owner
        self.date = date
        self.status = status
        self.says = says
        self.cites = cites
        self.channel = channel
        self.url = url
        self.lapses = lapses
        self.recorded = recorded
    }

    /// The name its file takes before any `-2`: the date, the owner and the recommendation, in lower case.
    var baseID: String {
        let words = "\(date) \(owner) \(recommendation)".lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(words).split(separator: "-").joined(separator: "-")
    }

    /// A status, with a suggestion when misspelt.
    public static func parseStatus(_ text: String) -> Result<Status, EvidenceDraftError> {
        parseChoice(text, Status.self, what: "status")
    }

    /// A channel, with a suggestion when misspelt.
    public static func parseChannel(_ text: String) -> Result<ReplyChannel, EvidenceDraftError> {
        parseChoice(text, ReplyChannel.self, what: "channel")
    }

    private static func parseChoice<E: RawRepresentable & CaseIterable>(_ text: String, _ type: E.Type, what: String) -> Result<E, EvidenceDraftError>
    where E.RawValue == String {
        let trimmed = text.trimmingWhitespace
        if let value = E(rawValue: trimmed) { return .success(value) }
        let names = E.allCases.map(\.rawValue)
        return .failure(EvidenceDraftError("'\(text)' is not a \(what).\(Suggestion.hint(trimmed, in: names, otherwise: "Write one of: \(names.joined(separator: ", "))."))"))
    }
}
