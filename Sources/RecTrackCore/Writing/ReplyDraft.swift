/// A new owner's reply as the secretariat gives it, before it has an id or a file. Its content's fields read as its
/// own (`draft.owner`).
@dynamicMemberLookup
public struct ReplyDraft: Sendable, Equatable {
    /// What the owner says.
    public var content: ReplyContent
    /// When it stops standing, when not 12 months after its date.
    public var lapses: Day?
    /// When it is recorded: today.
    public var recorded: Day

    /// Creates a draft.
    public init(_ content: ReplyContent, lapses: Day? = nil, recorded: Day) {
        (self.content, self.lapses, self.recorded) = (content, lapses, recorded)
    }

    /// A field of its content, read or written as the draft's own.
    public subscript<T>(dynamicMember field: WritableKeyPath<ReplyContent, T>) -> T {
        get { content[keyPath: field] }
        set { content[keyPath: field] = newValue }
    }

    /// The name its file takes before any `-2`: the date, the owner and the recommendation, in lower case.
    var baseID: String {
        let words = "\(content.date) \(content.owner) \(content.recommendation)".lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
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
