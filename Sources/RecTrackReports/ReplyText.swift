import RecTrackCore

/// An owner's reply in words, the same in every view: "DfE's view (letter of 3 March 2026): implemented — disagrees".
public enum ReplyText {
    /// The one sentence every view puts beside the verdict.
    public static func sentence(_ reply: ReplyStanding) -> String {
        "\(reply.ownerName)'s view (\(reply.channel.noun) of \(DateText.long(reply.date))): \(reply.status.label) — \(reply.agrees ? "agrees" : "disagrees")"
    }

    /// The sentences of every standing reply of an assessment, joined with "; " (empty when there is none).
    public static func sentences(_ assessment: Assessment) -> String {
        assessment.standingReplies.map(sentence).joined(separator: "; ")
    }

    /// What the owner cites, in words: "cites 2026-02-02-workforce-strategy-published"; nil when nothing.
    public static func citations(_ reply: ReplyStanding) -> String? {
        reply.cites.isEmpty ? nil : "cites " + reply.cites.joined(separator: ", ")
    }

    /// When the reply stops standing: "stands until 10 June 2027".
    public static func lapse(_ reply: ReplyStanding) -> String {
        "\(reply.lapsed ? "lapsed on" : "stands until") \(DateText.long(reply.lapses))"
    }
}
