import RecTrackCore

/// `diff --format markdown`, and the sections of `check`'s quarterly e-mail.
extension DiffRenderer {
    /// The sections as Markdown, under headings of the given level ("##").
    public func markdown(heading: String) -> String {
        var out = "\(heading) What changed since \(Markdown.escape(diff.from.label))\n\n"
        if diff.changes.isEmpty { out += "Nothing moved.\n" }
        for change in diff.changes {
            var item = "- **\(Markdown.escape(change.recommendation)). \(Markdown.escape(change.title))**: "
            item += "\(DiffRenderer.markdownStanding(change.before)) → \(DiffRenderer.markdownStanding(change.after))"
            if change.regression { item += ", **down (a regression)**" } else if change.direction == .up { item += ", up" }
            item += "."
            if !change.because.isEmpty {
                item += " Because of: " + change.because.map(DiffRenderer.markdownReference).joined(separator: "; ") + "."
            }
            if !change.noLongerUsed.isEmpty {
                item += " No longer used: " + change.noLongerUsed.map(DiffRenderer.markdownReference).joined(separator: "; ") + "."
            }
            if !change.edited.isEmpty {
                item += " Evidence it uses was edited since \(Markdown.escape(diff.from.label)): \(change.edited.map { Markdown.escape($0) }.joined(separator: ", "))."
            }
            if change.protocolChanged { item += " Its protocol's parameters changed." }
            out += item + "\n"
        }
        let events = DiffEventText.sentences(diff)
        if !events.isEmpty {
            out += "\n\(heading)# Responses, deadlines and stalls\n\n" + events.map { "- \(Markdown.escape($0))\n" }.joined()
        }
        out += "\n\(heading)# New evidence dated after \(diff.from.asOf)\n\n"
        out += DiffRenderer.markdownTable(diff.newEvidence)
        if !diff.lateEvidence.isEmpty {
            out += "\n\(heading)# Recorded late (dated by \(diff.from.asOf), added since the \(Markdown.escape(diff.from.label)) snapshot)\n\n"
            out += DiffRenderer.markdownTable(diff.lateEvidence)
        }
        out += "\n\(heading)# Evidence edited after it was cited\n\n"
        if !diff.editsChecked {
            out += "Not checked: \(Markdown.escape(diff.from.label)) has no snapshot.\n"
        } else if diff.editedEvidence.isEmpty {
            out += "None.\n"
        } else {
            out += "| Evidence | Change | Used by |\n|---|---|---|\n"
            for edited in diff.editedEvidence {
                out += "| \(Markdown.escape(edited.path)) | \(edited.change.rawValue) | \(Markdown.escape(edited.citedBy.joined(separator: ", "))) |\n"
            }
        }
        if let replies = diff.replies {
            out += "\n\(heading)# Owners' replies since \(Markdown.escape(diff.from.label))\n\n"
            out += replies.map { "- **\(Markdown.escape($0.recommendation))**: \(Markdown.escape(DiffRenderer.replyLine($0)))\n" }.joined()
        }
        return out
    }

    /// "the 2026Q1 snapshot (Snapshots/2026Q1.json)" or "the tracker as of 2026-03-31", escaped.
    static func markdownSide(_ side: SnapshotDiff.Side) -> String {
        switch side.source {
        case .snapshot: return "the \(Markdown.escape(side.label)) snapshot\(side.path.map { " (\(Markdown.escape($0)))" } ?? "")"
        case .assessment: return "the tracker as of \(side.asOf)"
        }
    }

    static func markdownStanding(_ standing: SnapshotDiff.Standing?) -> String {
        standing.map { "\($0.status.label) (\(NumberText.format($0.progress))%)" } ?? "absent"
    }

    static func markdownReference(_ evidence: SnapshotDiff.EvidenceReference) -> String {
        let title = Markdown.link(evidence.title ?? evidence.id, evidence.url)
        return "\(title) (\(evidence.date?.description ?? "no longer in the tracker"), \(Markdown.escape(evidence.id)))"
    }

    static func markdownTable(_ evidence: [SnapshotDiff.EvidenceReference]) -> String {
        guard !evidence.isEmpty else { return "None.\n" }
        var out = "| Date | Evidence | Bears on |\n|---|---|---|\n"
        for item in evidence {
            let targets = item.bearsOn + item.observes.map { "figures for \($0)" }
            out += "| \(item.date?.description ?? "–") | \(Markdown.link(item.title ?? item.id, item.url)) (\(Markdown.escape(item.id))) | \(Markdown.escape(targets.joined(separator: ", "))) |\n"
        }
        return out
    }
}
