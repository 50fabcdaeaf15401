import RecTrackCore

/// Renders an explained diff: what moved and why, new and late evidence, evidence edited after it was cited.
/// `check` prints the same sections.
public struct DiffRenderer {
    /// The diff.
    public let diff: SnapshotDiff

    /// Creates a renderer.
    public init(diff: SnapshotDiff) {
        self.diff = diff
    }

    /// The output in `format`.
    public func render(_ format: SectionFormat, style: TerminalStyle = .plain) -> String {
        switch format {
        case .text:
            return style.fitting(style.bold("Changes from \(DiffRenderer.describe(diff.from)) to \(DiffRenderer.describe(diff.to))")) + "\n\n" + text(style: style)
        case .markdown:
            return "# Changes from \(Markdown.escape(diff.from.label)) to \(Markdown.escape(diff.to.label))\n\n"
                + "From \(DiffRenderer.markdownSide(diff.from)) to \(DiffRenderer.markdownSide(diff.to)).\n\n"
                + markdown(heading: "##")
        case .json:
            return JSONOutput.encode(diff)
        }
    }

    /// "2026Q1 (snapshot Snapshots/2026Q1.json)" or "2026Q1 (assessed as of 2026-03-31)".
    public static func describe(_ side: SnapshotDiff.Side) -> String {
        switch side.source {
        case .snapshot: return "\(side.label) (snapshot\(side.path.map { " " + $0 } ?? ""))"
        case .assessment: return "\(side.label) (assessed as of \(side.asOf))"
        }
    }

    /// "substantial 50%".
    static func standing(_ standing: SnapshotDiff.Standing?) -> String {
        standing.map { "\($0.status.rawValue) \(NumberText.format($0.progress))%" } ?? "absent"
    }

    /// How a recommendation moved, "limited 25% → substantial 50%  up", without the regression mark (which the terminal
    /// colours).
    static func movement(_ change: SnapshotDiff.Change) -> String {
        var words = "\(standing(change.before)) → \(standing(change.after))"
        switch change.direction {
        case .up: words += "  up"
        case .down: words += "  down"
        case .same: break
        }
        return words
    }

    /// One part of why a recommendation moved: a sentence, and the evidence it lists (one line each).
    struct Reason: Equatable {
        var sentence: String
        var evidence: [String] = []
    }

    /// Why a recommendation moved, in the words of `diff` and `check`: the evidence it now uses and no longer uses, edits
    /// and protocol changes, or that the same evidence weighs differently. `evidence` words each piece of evidence
    /// (by default its date, id and title, as the tracker names it now).
    static func reasons(_ change: SnapshotDiff.Change, from: SnapshotDiff.Side, to: SnapshotDiff.Side,
                        evidence: (SnapshotDiff.EvidenceReference) -> String = line) -> [Reason] {
        var reasons: [Reason] = []
        if !change.because.isEmpty { reasons.append(Reason(sentence: "because of:", evidence: change.because.map(evidence))) }
        if !change.noLongerUsed.isEmpty { reasons.append(Reason(sentence: "no longer used:", evidence: change.noLongerUsed.map(evidence))) }
        if !change.edited.isEmpty {
            reasons.append(Reason(sentence: "evidence it uses was edited since \(from.label): \(change.edited.joined(separator: ", "))"))
        }
        if change.protocolChanged { reasons.append(Reason(sentence: "its protocol's parameters changed since \(from.label)")) }
        if reasons.isEmpty {
            reasons.append(Reason(sentence: "no evidence was added or withdrawn: the same evidence weighs differently as of \(to.asOf) (rectrack show \(change.recommendation))"))
        }
        return reasons
    }

    /// A reply change in words: "new reply: DfE's view (letter of 3 March 2026): implemented — disagrees".
    static func replyLine(_ change: SnapshotDiff.ReplyChange) -> String {
        switch change.kind {
        case .new: return "new reply: \(ReplyText.sentence(change.reply))"
        case .lapsed: return "reply lapsed: \(change.reply.ownerName)'s \(change.reply.channel.noun) of \(DateText.long(change.reply.date)) \(ReplyText.lapse(change.reply))"
        case .nowDisagrees: return "owner now disagrees: \(ReplyText.sentence(change.reply))"
        case .nowAgrees: return "owner now agrees: \(ReplyText.sentence(change.reply))"
        }
    }

    /// "2026-02-01  2026-02-01-duty-withdrawn  Duty withdrawn".
    static func line(_ evidence: SnapshotDiff.EvidenceReference) -> String {
        var line = "\(evidence.date?.description ?? "–")  \(evidence.id)"
        if let title = evidence.title { line += "  " + Truncate.text(title, to: 80) } else { line += "  (no longer in the tracker)" }
        return line
    }
}
