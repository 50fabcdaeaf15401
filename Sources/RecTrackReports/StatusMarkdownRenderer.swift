import RecTrackCore

/// `status --format markdown`: a Markdown table, as in the README.
struct StatusMarkdownRenderer {
    /// The status and what the formats share.
    let status: StatusRenderer

    /// The table.
    func render() -> String {
        // With several reports, each has its own table under a heading naming it.
        var out = !status.tracker.hasSeveralReports ? table(status.assessments)
            : ReportGroup.groups(status.assessments, in: status.tracker).map { group in
                "### \(Markdown.escape(group.report.title)) (`\(group.report.id)`)\n\n" + table(group.assessments)
            }.joined(separator: "\n")
        if let changed = ResponseChangeText.lines(status.assessments) {
            out += "\n\(changed.heading):\n\n" + changed.sentences.map { "- \(Markdown.escape($0, in: .lineStart))\n" }.joined()
        }
        out += "\n" + Markdown.escape(Headline.sentence(status.assessments)) + " Assessed as of \(status.asOf)\(status.knownAt.map { ", using evidence recorded by \($0)" } ?? "").\n"
        out += "\n" + StatusLegend.entries(for: status.assessments).map { "**\($0.label)**: \(Markdown.escape($0.meaning))" }.joined(separator: " ")
        out += " " + Markdown.escape(Status.rule)
        out += AssessmentFlag.legend(for: status.assessments).map { " *\($0.label)*: \(Markdown.escape($0.meaning))" }.joined() + "\n"
        return out
    }

    /// The table of `assessments`.
    private func table(_ assessments: [Assessment]) -> String {
        var out = "| # | Recommendation | Owners | Status | Progress | Last evidence | Why |\n"
        out += "|---:|---|---|---|---:|---|---|\n"
        for a in assessments {
            let cells = [String(a.number), Markdown.escape(a.title), Markdown.escape(status.owners(a)),
                         "**\(a.status.label)**\(AssessmentFlag.suffix(of: a))" + a.standingReplies.map { "<br>" + Markdown.escape(ReplyText.sentence($0)) }.joined(), "\(NumberText.format(a.progress))%",
                         a.lastEvidence?.description ?? "–", Markdown.escape(a.reason)]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
