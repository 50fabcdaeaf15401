import RecTrackCore

/// `diff --format text`, and the sections `check` prints to a terminal.
extension DiffRenderer {
    /// The sections as terminal text, long lines wrapped to the style's width.
    public func text(style: TerminalStyle = .plain) -> String {
        var out = style.bold("What moved since \(diff.from.label)") + " (\(diff.changes.count))\n"
        if diff.changes.isEmpty { out += "  Nothing moved.\n" }
        for change in diff.changes {
            out += "  \(change.recommendation)  \(Truncate.text(change.title, to: 70))\n"
            out += "      " + DiffRenderer.movement(change) + (change.regression ? style.red("  (regression)") : "") + "\n"
            for reason in DiffRenderer.reasons(change, from: diff.from, to: diff.to) {
                out += "      \(reason.sentence)\n" + reason.evidence.map { "        \($0)\n" }.joined()
            }
        }
        let events = DiffEventText.sentences(diff)
        if !events.isEmpty {
            out += "\n" + style.bold("Responses, deadlines and stalls since \(diff.from.label)") + " (\(events.count))\n"
            out += events.map { "  \($0)\n" }.joined()
        }
        out += "\n" + style.bold("New evidence dated after \(diff.from.asOf)") + " (\(diff.newEvidence.count))\n"
        if diff.newEvidence.isEmpty { out += "  None.\n" }
        for evidence in diff.newEvidence { out += "  \(DiffRenderer.line(evidence))\(DiffRenderer.targets(evidence))\n" }
        if !diff.lateEvidence.isEmpty {
            out += "\n" + style.bold("Evidence recorded late: dated by \(diff.from.asOf), added since the \(diff.from.label) snapshot") + " (\(diff.lateEvidence.count))\n"
            for evidence in diff.lateEvidence { out += "  \(DiffRenderer.line(evidence))\(DiffRenderer.targets(evidence))\n" }
        }
        out += "\n" + style.bold("Evidence edited after the \(diff.from.label) snapshot cited it") + (diff.editsChecked ? " (\(diff.editedEvidence.count))\n" : "\n")
        if !diff.editsChecked {
            out += "  Not checked: \(diff.from.label) has no snapshot to compare file hashes with.\n"
        } else if diff.editedEvidence.isEmpty {
            out += "  None.\n"
        }
        for edited in diff.editedEvidence {
            out += "  \(edited.path)  \(edited.change.rawValue)  (used by \(edited.citedBy.joined(separator: ", ")))\n"
        }
        if let replies = diff.replies {
            out += "\n" + style.bold("Owners' replies since \(diff.from.label)") + " (\(replies.count))\n"
            out += replies.map { "  \($0.recommendation)  \(DiffRenderer.replyLine($0))\n" }.joined()
        }
        return style.fitting(out)
    }

    /// "  → R3, R7; figures for turnover-rate".
    static func targets(_ evidence: SnapshotDiff.EvidenceReference) -> String {
        var parts: [String] = []
        if !evidence.bearsOn.isEmpty { parts.append(evidence.bearsOn.joined(separator: ", ")) }
        if !evidence.observes.isEmpty { parts.append("figures for " + evidence.observes.joined(separator: ", ")) }
        return parts.isEmpty ? "" : "  → " + parts.joined(separator: "; ")
    }
}
