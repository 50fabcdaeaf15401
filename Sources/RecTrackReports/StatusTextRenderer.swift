import RecTrackCore

/// `status --format text`: the table for a terminal, with the headline sentence and what the statuses shown mean.
struct StatusTextRenderer {
    /// The status and what the formats share.
    let status: StatusRenderer

    /// The table.
    func render(style: TerminalStyle) -> String {
        var table = TextTable(headers: ["#", "Recommendation", "Owners", "Status", "Progress", "Last evidence", "Reason"],
                              alignments: [.right, .left, .left, .left, .left, .left, .left])
        for a in status.assessments {
            let progress = "\(ProgressBar.render(a.progress)) \(NumberText.format(a.progress))%"
            let label = a.status.rawValue + AssessmentFlag.suffix(of: a)
            table.rows.append([String(a.number), Truncate.text(a.title, to: 48), status.owners(a), label, progress,
                               a.lastEvidence?.description ?? "–", Truncate.text(a.reason, to: 70)])
        }
        let body = table.render { row, column, cell in
            column == 3 ? style.status(status.assessments[row].status, cell) : cell
        }
        let legend = StatusLegend.entries(for: status.assessments, name: \.rawValue)
        let width = legend.map(\.label.count).max() ?? 0
        var meanings = legend.map { "  \($0.label)\(String(repeating: " ", count: width - $0.label.count))  \($0.meaning)\n" }.joined()
        let flags = AssessmentFlag.legend(for: status.assessments)
        if !flags.isEmpty { meanings += "Beside a status:\n" + flags.map { "  \($0.label): \($0.meaning)\n" }.joined() }
        return style.bold(status.tracker.report.title) + " — status as of \(status.asOf)\(status.knownAt.map { ", known at \($0)" } ?? "")\n\n"
            + body + "\n" + Headline.sentence(status.assessments) + "\n\nWhat the statuses mean:\n" + meanings
    }
}
