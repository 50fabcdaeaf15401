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
            return style.bold("Changes from \(DiffRenderer.describe(diff.from)) to \(DiffRenderer.describe(diff.to))") + "\n\n" + text(style: style)
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

    /// "2026-02-01  2026-02-01-duty-withdrawn  Duty withdrawn".
    static func line(_ evidence: SnapshotDiff.EvidenceReference) -> String {
        var line = "\(evidence.date?.description ?? "–")  \(evidence.id)"
        if let title = evidence.title { line += "  " + Truncate.text(title, to: 80) } else { line += "  (no longer in the tracker)" }
        return line
    }

    /// The sections as terminal text.
    public func text(style: TerminalStyle = .plain) -> String {
        var out = style.bold("What moved since \(diff.from.label)") + " (\(diff.changes.count))\n"
        if diff.changes.isEmpty { out += "  Nothing moved.\n" }
        for change in diff.changes {
            out += "  \(change.recommendation)  \(Truncate.text(change.title, to: 70))\n"
            var movement = "      \(DiffRenderer.standing(change.before)) → \(DiffRenderer.standing(change.after))"
            switch change.direction {
            case .up: movement += "  up"
            case .down: movement += "  down"
            case .same: break
            }
            if change.regression { movement += style.red("  (regression)") }
            out += movement + "\n"
            if !change.because.isEmpty {
                out += "      because of:\n" + change.because.map { "        \(DiffRenderer.line($0))\n" }.joined()
            }
            if !change.noLongerUsed.isEmpty {
                out += "      no longer used:\n" + change.noLongerUsed.map { "        \(DiffRenderer.line($0))\n" }.joined()
            }
            if !change.edited.isEmpty {
                out += "      evidence it uses was edited since \(diff.from.label): \(change.edited.joined(separator: ", "))\n"
            }
            if change.protocolChanged { out += "      its protocol's parameters changed since \(diff.from.label)\n" }
            if change.because.isEmpty && change.noLongerUsed.isEmpty && change.edited.isEmpty && !change.protocolChanged {
                out += "      no evidence was added or withdrawn: the same evidence weighs differently as of \(diff.to.asOf) (rectrack show \(change.recommendation))\n"
            }
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
        return out
    }

    /// "  → R3, R7; figures for turnover-rate".
    static func targets(_ evidence: SnapshotDiff.EvidenceReference) -> String {
        var parts: [String] = []
        if !evidence.bearsOn.isEmpty { parts.append(evidence.bearsOn.joined(separator: ", ")) }
        if !evidence.observes.isEmpty { parts.append("figures for " + evidence.observes.joined(separator: ", ")) }
        return parts.isEmpty ? "" : "  → " + parts.joined(separator: "; ")
    }

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
                item += " Evidence it uses was edited since \(Markdown.escape(diff.from.label)): \(change.edited.map(Markdown.escape).joined(separator: ", "))."
            }
            if change.protocolChanged { item += " Its protocol's parameters changed." }
            out += item + "\n"
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
