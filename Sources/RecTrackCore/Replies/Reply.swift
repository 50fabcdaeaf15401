/// How an owner's reply reached the tracker.
public enum ReplyChannel: String, Sendable, Codable, CaseIterable {
    case letter
    case email
    case meeting
    case published
    case other

    /// What the reply is called in a sentence: "letter" in "DfE's view (letter of 3 March 2026)".
    public var noun: String {
        switch self {
        case .letter, .email, .meeting: return rawValue
        case .published: return "published reply"
        case .other: return "reply"
        }
    }
}

/// What an owner says in a reply, as they give it: the part a reply file and a draft of one share.
public struct ReplyContent: Sendable, Hashable {
    /// The recommendation replied about, by id (`R6`).
    public var recommendation: String
    /// The owner: its id in a loaded reply; in a draft, its id or the name it had on the reply's date.
    public var owner: String
    /// The day of the reply.
    public var date: Day
    /// The status the owner would give.
    public var status: Status
    /// Their words: public text.
    public var says: String
    /// Evidence ids in the tracker, or public addresses, the owner cites.
    public var cites: [String]
    /// How it reached the tracker.
    public var channel: ReplyChannel
    /// Where it was published, when it was.
    public var url: String?

    /// Creates the content of a reply.
    public init(recommendation: String, owner: String, date: Day, status: Status, says: String, cites: [String] = [],
                channel: ReplyChannel, url: String? = nil) {
        (self.recommendation, self.owner, self.date, self.status) = (recommendation, owner, date, status)
        (self.says, self.cites, self.channel, self.url) = (says, cites, channel, url)
    }
}

/// An owner's dated answer to the tracker's assessment of one recommendation (`Replies/YYYY/<id>.yaml`): the status
/// they would give and why. It is shown beside the verdict and never changes it; evidence it cites counts only when
/// that evidence is recorded as evidence. Its content's fields read as its own (`reply.status`).
@dynamicMemberLookup
public struct Reply: Sendable, Hashable {
    /// How long a reply stands when its file gives no `lapses`.
    public static let defaultLifetimeMonths = 12

    /// The id: the file name without `.yaml`.
    public var id: String
    /// What the owner says.
    public var content: ReplyContent
    /// The day it stops standing: from `lapses`, or 12 months after its date.
    public var lapses: Day
    /// The day the secretariat recorded it.
    public var recorded: Day
    /// The secretariat's own notes: loaded, never published.
    public var workingNotes: String?
    /// The file, relative to the root.
    public var path: String

    /// Creates a reply.
    public init(id: String, content: ReplyContent, lapses: Day? = nil, recorded: Day, workingNotes: String? = nil, path: String) {
        self.id = id
        self.content = content
        self.lapses = lapses ?? content.date.adding(months: Reply.defaultLifetimeMonths)
        self.recorded = recorded
        self.workingNotes = workingNotes
        self.path = path
    }

    /// A field of its content, read or written as the reply's own.
    public subscript<T>(dynamicMember field: WritableKeyPath<ReplyContent, T>) -> T {
        get { content[keyPath: field] }
        set { content[keyPath: field] = newValue }
    }
}
