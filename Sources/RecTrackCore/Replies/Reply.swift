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

/// An owner's dated answer to the tracker's assessment of one recommendation (`Replies/YYYY/<id>.yaml`): the status
/// they would give and why. It is shown beside the verdict and never changes it; evidence it cites counts only when
/// that evidence is recorded as evidence.
public struct Reply: Sendable, Hashable {
    /// How long a reply stands when its file gives no `lapses`.
    public static let defaultLifetimeMonths = 12

    /// The id: the file name without `.yaml`.
    public var id: String
    /// The recommendation replied about.
    public var recommendation: String
    /// The owner's id.
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
    /// The day it stops standing: from `lapses`, or 12 months after its date.
    public var lapses: Day
    /// The day the secretariat recorded it.
    public var recorded: Day
    /// The secretariat's own notes: loaded, never published.
    public var workingNotes: String?
    /// The file, relative to the root.
    public var path: String

    /// Creates a reply.
    public init(id: String, recommendation: String, owner: String, date: Day, status: Status, says: String, cites: [String] = [],
                channel: ReplyChannel, url: String? = nil, lapses: Day? = nil, recorded: Day, workingNotes: String? = nil, path: String) {
        self.id = id
        self.recommendation = recommendation
        self.owner = owner
        self.date = date
        self.status = status
        self.says = says
        self.cites = cites
        self.channel = channel
        self.url = url
        self.lapses = lapses ?? date.adding(months: Reply.defaultLifetimeMonths)
        self.recorded = recorded
        self.workingNotes = workingNotes
        self.path = path
    }
}
