import RecTrackCore

/// `status --format text`: the table for a terminal, with the headline sentence and what the statuses shown mean.
struct StatusTextRenderer: Sendable {
    /// The status and what the formats share.
    let status: StatusRenderer

    /// The table.
    func render(style: TerminalStyle) -> String {
        // With several reports, each has its own table under its title (and id, which qualifies its recommendations).
        let tables = !status.tracker.hasSeveralReports ? body(status.assessments, style: style) : {
            let groups = ReportGroup.groups(status.assessments, in: status.tracker)
            let draw = { @Sendable (group: ReportGroup) in
                style.bold(group.report.title) + " (\(group.report.id))\n" + body(group.assessments, style: style)
            }
            // The tables do not depend on one another: a tracker of many reports has them drawn on every core.
            return (groups.count >= 8 ? groups.concurrentMap(draw) : groups.map(draw)).joined(separator: "\n")
        }()
        let legend = StatusLegend.entries(for: status.assessments, name: \.rawValue)
        let width = legend.map(\.label.count).max() ?? 0
        var meanings = legend.map { "  \($0.label)\(String(repeating: " ", count: width - $0.label.count))  \($0.meaning)\n" }.joined()
        let flags = AssessmentFlag.legend(for: status.assessments)
        if !flags.isEmpty { meanings += "Beside a status:\n" + flags.map { "  \($0.label): \($0.meaning)\n" }.joined() }
        meanings = style.fitting(meanings)
        let views = status.assessments.flatMap { a in a.standingReplies.map { "  \(a.recommendation)  \(ReplyText.sentence($0))\n" } }
        return style.bold(ReportGroup.title(of: status.tracker)) + " — status as of \(status.asOf)\(status.knownAt.map { ", known at \($0)" } ?? "")\n\n"
            + tables + (views.isEmpty ? "" : "\nOwners' views, beside the status (never changing it):\n" + style.fitting(views.joined()))
            + (ResponseChangeText.lines(status.assessments).map { "\n\($0.heading):\n" + style.fitting($0.sentences.map { "  \($0)\n" }.joined()) } ?? "")
            + "\n" + style.fitting(Headline.sentence(status.assessments)) + "\n\nWhat the statuses mean:\n" + meanings
    }

    /// The table of `assessments`, fitted to the terminal.
    private func body(_ assessments: [Assessment], style: TerminalStyle) -> String {
        let full = table(assessments, narrow: false)
        let fits = style.width.map { width in full.render().split(separator: "\n").allSatisfy { $0.count <= width } } ?? true
        // On a narrow terminal the reason goes under its row, whole, and the title, owners and status wrap;
        // the progress bar, which a narrow table cannot spare, is left out (the figure stays).
        return (fits ? full : table(assessments, narrow: true)).render(width: fits ? nil : style.width) { row, column, cell in
            column == 3 ? style.status(assessments[row].status, cell) : cell
        }
    }

    /// The longest status's length, in characters ("not-assessed").
    private static let longestStatus = Status.allCases.map(\.rawValue.count).max() ?? 12

    private func table(_ assessments: [Assessment], narrow: Bool) -> TextTable {
        var table = TextTable(headers: ["#", "Recommendation", "Owners", "Status", "Progress", "Last evidence", "Reason"],
                              alignments: [.right, .left, .left, .left, .left, .left, .left])
        table.beneath = 6
        // The status column gives way first, but never below its longest word: "not-assessed" cut to "not-assesse" / "d"
        // would garble the word MPs read first; a flag such as "(stalled)" wraps under it instead.
        table.narrowing = [(column: 3, narrowest: Self.longestStatus), (column: 2, narrowest: 9), (column: 5, narrowest: 10), (column: 1, narrowest: 16)]
        for a in assessments {
            let progress = narrow ? "\(NumberText.format(a.progress))%" : "\(ProgressBar.render(a.progress)) \(NumberText.format(a.progress))%"
            let label = a.status.rawValue + AssessmentFlag.suffix(of: a)
            table.rows.append([String(a.number), narrow ? a.title : Truncate.text(a.title, to: 48), status.owners(a), label, progress,
                               a.lastEvidence?.description ?? "–", narrow ? a.reason : Truncate.text(a.reason, to: 70)])
        }
        return table
    }
}
