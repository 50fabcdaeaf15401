import RecTrackCore

/// The worklist's reply sections, in the same words for the terminal and for Markdown.
extension WorklistRenderer {
    /// Each reply section's title and its lines, in the order they are printed.
    var replySections: [(title: String, lines: [String])] {
        let w = worklist
        return [
            ("Owners' replies that have lapsed", w.lapsedReplies.map { note in
                "\(note.recommendation): \(note.reply.ownerName)'s \(note.reply.channel.noun) of \(DateText.long(note.reply.date)) \(ReplyText.lapse(note.reply)); ask whether their view still stands"
            }),
            ("Assessments changed since the owner replied", w.changedSinceReply.map { note in
                "\(note.recommendation): \(Self.replied(note.reply)) when the tracker said \(Self.standing(note.reply.statusWhenReplied, note.reply.progressWhenReplied)); it now says \(Self.standing(note.status, note.progress)); ask for their view"
            }),
            ("Owners who disagree", w.disagreements.map { note in
                "\(note.recommendation): \(ReplyText.sentence(note.reply)) (the tracker says \(note.status.label))"
            }),
        ]
    }

    /// "DfE replied (email of 10 June 2026)".
    private static func replied(_ reply: ReplyStanding) -> String {
        "\(reply.ownerName) replied (\(reply.channel.noun) of \(DateText.long(reply.date)))"
    }

    /// "substantial 50%".
    private static func standing(_ status: Status, _ progress: Double) -> String {
        "\(status.label) \(NumberText.format(progress))%"
    }
}
