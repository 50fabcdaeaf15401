import RecTrackCore

/// `status --format csv`: one row per recommendation, for spreadsheets.
struct StatusCSVRenderer {
    /// The status and what the formats share.
    let status: StatusRenderer

    /// The rows, with a header row.
    func render() -> String {
        // A tracker with several reports says each row's report in a first column; a one-report tracker's rows are as they were.
        let several = status.tracker.keysAreQualified
        var out = (several ? "report," : "") + "number,id,title,owners,status,progress,response,stale,stalled_since,past_due,last_evidence,reason,owner_views\n"
        for a in status.assessments {
            let cells = (several ? [a.reportID ?? ""] : []) + [String(a.number), a.recommendation, a.title, a.owners.joined(separator: "; "), a.status.rawValue,
                         NumberText.format(a.progress).replacingCommas, a.response?.rawValue ?? "", a.stale ? "true" : "false",
                         a.stalled?.since.description ?? "",
                         a.deadlines.filter { $0.standing == .pastDue }.map(\.subject).joined(separator: "; "),
                         a.lastEvidence?.description ?? "", a.reason, ReplyText.sentences(a)]
            out += cells.map(CSV.cell).joined(separator: ",") + "\n"
        }
        return out
    }
}
