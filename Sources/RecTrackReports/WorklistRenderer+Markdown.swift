import RecTrackCore

/// `worklist --format markdown`, and the worklist in `check`'s quarterly e-mail.
extension WorklistRenderer {
    /// The sections as Markdown, under headings of the given level ("##").
    public func markdown(heading: String) -> String {
        let w = worklist
        var out = "\(heading) For the secretariat\n\n"
        if w.isEmpty { return out + "Nothing on the worklist.\n" }
        if !w.quiet.isEmpty {
            out += "\(heading)# No evidence dated since \(w.quietSince)\n\n"
            for item in w.quiet {
                out += "- **\(Markdown.escape(item.recommendation))** \(Markdown.escape(item.title)): \(item.lastEvidence.map { "newest evidence \($0)" } ?? "no evidence at all")\n"
            }
            out += "\n"
        }
        if !w.claimsOnly.isEmpty {
            out += "\(heading)# Milestones supported only by claims\n\n"
            for item in w.claimsOnly {
                out += "- **\(Markdown.escape(item.recommendation))** \(Markdown.escape(item.title)) (\(Markdown.escape(item.milestone))): find proof beyond \(Markdown.escape(item.evidence.joined(separator: ", ")))\n"
            }
            out += "\n"
        }
        if !w.evidenceWarnings.isEmpty {
            out += "\(heading)# Evidence with warnings\n\n"
            for item in w.evidenceWarnings {
                out += "- \(Markdown.escape(SafeText.escaped(item.path))): \(item.warnings.map { Markdown.escape($0) }.joined(separator: "; "))\n"
            }
            out += "\n"
        }
        if !w.assessmentWarnings.isEmpty {
            out += "\(heading)# Assessments that met problems\n\n"
            for item in w.assessmentWarnings {
                out += "- **\(Markdown.escape(item.recommendation))**: \(item.warnings.map { Markdown.escape($0) }.joined(separator: "; "))\n"
            }
            out += "\n"
        }
        for (title, items) in [("Fell past due this quarter", w.pastDue), ("Due within three months", w.dueSoon)] where !items.isEmpty {
            out += "\(heading)# \(title)\n\n"
            for item in items {
                let d = item.deadline
                out += "- **\(Markdown.escape(item.recommendation))** \(Markdown.escape(d.title)): due \(d.deadline.date), \(DeadlineText.setter(d.deadline))\n"
            }
            out += "\n"
        }
        if !w.stalled.isEmpty {
            out += "\(heading)# Stalled: evidence arrives but nothing moves\n\n"
            for item in w.stalled {
                out += "- **\(Markdown.escape(item.recommendation))** \(Markdown.escape(item.title)): nothing has moved it since \(item.stall.since); \(item.stall.arrivedSince) \(item.stall.arrivedSince == 1 ? "item has" : "items have") arrived since\n"
            }
            out += "\n"
        }
        if !w.dueDates.isEmpty {
            out += "\(heading)# Dates declared by evidence\n\n| Date | | Evidence | Bears on |\n|---|---|---|---|\n"
            for item in w.dueDates {
                out += "| \(item.due) | \(item.passed ? "passed: check what happened" : "coming") | \(Markdown.escape(item.title)) (\(Markdown.escape(item.evidence))) | \(Markdown.escape(item.recommendations.joined(separator: ", "))) |\n"
            }
            out += "\n"
        }
        for section in replySections + [(Self.repeatedTitle, repeatedLines)] where !section.lines.isEmpty {
            out += "\(heading)# \(section.title)\n\n" + section.lines.map { "- \(Markdown.escape($0))\n" }.joined() + "\n"
        }
        return String(out.dropLast())
    }
}
