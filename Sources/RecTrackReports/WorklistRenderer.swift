import RecTrackCore

/// Renders the secretariat's worklist. `check` prints the same sections.
public struct WorklistRenderer {
    /// The worklist.
    public let worklist: Worklist

    /// Creates a renderer.
    public init(worklist: Worklist) {
        self.worklist = worklist
    }

    /// The output in `format`.
    public func render(_ format: SectionFormat, style: TerminalStyle = .plain) -> String {
        switch format {
        case .text: return style.bold("Worklist as of \(worklist.asOf)") + "\n\n" + text(style: style)
        case .markdown: return "# Worklist as of \(worklist.asOf)\n\n" + markdown(heading: "##")
        case .json: return JSONOutput.encode(worklist)
        }
    }

    private var sections: [(title: String, count: Int, lines: [String])] {
        let w = worklist
        return [
            ("No evidence dated since \(w.quietSince)", w.quiet.count, w.quiet.map {
                "\($0.recommendation)  \(Truncate.text($0.title, to: 60))  (\($0.lastEvidence.map { "newest evidence \($0)" } ?? "no evidence at all"))"
            }),
            ("Milestones supported only by claims", w.claimsOnly.count, w.claimsOnly.map {
                "\($0.recommendation) \($0.milestone): \(Truncate.text($0.title, to: 70))  (\($0.evidence.joined(separator: ", ")))"
            }),
            ("Evidence with warnings", w.evidenceWarnings.count, w.evidenceWarnings.flatMap { item in
                [item.path] + item.warnings.map { "  " + $0 }
            }),
            ("Assessments that met problems", w.assessmentWarnings.count, w.assessmentWarnings.flatMap { item in
                item.warnings.map { "\(item.recommendation): \($0)" }
            }),
            ("Dates declared by evidence", w.dueDates.count, w.dueDates.map {
                "\($0.due)  \($0.passed ? "passed: check what happened" : "coming")  \($0.evidence)\($0.recommendations.isEmpty ? "" : "  → " + $0.recommendations.joined(separator: ", "))"
            }),
        ]
    }

    /// The sections as terminal text.
    public func text(style: TerminalStyle = .plain) -> String {
        if worklist.isEmpty { return "Nothing on the worklist.\n" }
        var out = ""
        for section in sections where !section.lines.isEmpty {
            out += style.bold(section.title) + " (\(section.count))\n" + section.lines.map { "  \($0)\n" }.joined() + "\n"
        }
        return String(out.dropLast())
    }

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
                out += "- \(Markdown.escape(item.path)): \(item.warnings.map(Markdown.escape).joined(separator: "; "))\n"
            }
            out += "\n"
        }
        if !w.assessmentWarnings.isEmpty {
            out += "\(heading)# Assessments that met problems\n\n"
            for item in w.assessmentWarnings {
                out += "- **\(Markdown.escape(item.recommendation))**: \(item.warnings.map(Markdown.escape).joined(separator: "; "))\n"
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
        return String(out.dropLast())
    }
}
