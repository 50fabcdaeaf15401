/// An owner's latest reply on one recommendation as it stood at the moment assessed, beside the verdict: never
/// part of it. Carried on ``Assessment/replies`` so every output, snapshots and their comparison see the same value.
public struct ReplyStanding: Sendable, Codable, Hashable {
    // Stored properties in the order of their JSON keys' bytes: the JSON writer writes each member as it comes, with
    // nothing to move (checked by SortedJSONWriterTests).
    /// True when the status the owner would give is the one the tracker gives now.
    public var agrees: Bool
    /// How it reached the tracker.
    public var channel: ReplyChannel
    /// The evidence ids and addresses they cite.
    public var cites: [String]
    /// The day of the reply.
    public var date: Day
    /// The reply's id (its file name without `.yaml`).
    public var id: String
    /// True when it had lapsed by the date assessed: no longer shown beside the verdict, but listed on the worklist.
    public var lapsed: Bool
    /// The day it stops standing.
    public var lapses: Day
    /// The owner's id.
    public var owner: String
    /// The owner's short name on the day of the reply ("DfE", "MHCLG").
    public var ownerName: String
    /// The progress the tracker gave as of the day of the reply (per cent).
    public var progressWhenReplied: Double
    /// Their words: public text.
    public var says: String
    /// The status the owner would give.
    public var status: Status
    /// The status the tracker gave as of the day of the reply, with what was recorded by then: what the owner answered.
    public var statusWhenReplied: Status
    /// Where the reply was published, when it was.
    public var url: String?

    /// Creates a standing reply.
    public init(id: String, owner: String, ownerName: String, date: Day, channel: ReplyChannel, status: Status, agrees: Bool, says: String,
                cites: [String], url: String?, lapses: Day, lapsed: Bool, statusWhenReplied: Status, progressWhenReplied: Double) {
        self.id = id
        self.owner = owner
        self.ownerName = ownerName
        self.date = date
        self.channel = channel
        self.status = status
        self.agrees = agrees
        self.says = says
        self.cites = cites
        self.url = url
        self.lapses = lapses
        self.lapsed = lapsed
        self.statusWhenReplied = statusWhenReplied
        self.progressWhenReplied = progressWhenReplied
    }

    /// True when the tracker's status or progress now differs from what it gave when the owner replied.
    public func assessmentChanged(since now: Assessment) -> Bool {
        now.status != statusWhenReplied || now.progress != progressWhenReplied
    }

    /// Each owner's latest reply on `recommendation` dated by `asOf` and recorded by `knownAt`, in the recommendation's
    /// owner order: the replies an assessment at that moment can see.
    static func latest(_ replies: [Reply], on recommendation: Recommendation, asOf: Day, knownAt: Day?) -> [Reply] {
        recommendation.owners.compactMap { owner in
            replies.last { reply in
                reply.recommendation == recommendation.id && reply.owner == owner && reply.date <= asOf && (knownAt.map { reply.recorded <= $0 } ?? true)
            }
        }
    }
}

extension Assessment {
    /// The owners' replies that stand beside this verdict (not lapsed), in owner order.
    public var standingReplies: [ReplyStanding] { (replies ?? []).filter { !$0.lapsed } }
}
