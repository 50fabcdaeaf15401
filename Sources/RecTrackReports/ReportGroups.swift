import RecTrackCore

/// Assessments grouped by the report their recommendations come from, for outputs that give each report of a
/// tracker with several its own heading or column; a one-report tracker is one group.
struct ReportGroup: Sendable {
    /// The report.
    let report: Report
    /// Its recommendations' assessments, in recommendation order.
    let assessments: [Assessment]

    /// One group per report of `tracker` that has an assessment among `assessments`, in the tracker's order.
    static func groups(_ assessments: [Assessment], in tracker: Tracker) -> [ReportGroup] {
        guard tracker.hasSeveralReports else { return [ReportGroup(report: tracker.report, assessments: assessments)] }
        let byReport = Dictionary(grouping: assessments) { $0.reportID ?? tracker.report.id }
        return tracker.reports.compactMap { report in
            byReport[report.id].map { ReportGroup(report: report, assessments: $0) }
        }
    }

    /// The heading of a tracker's output: its report's title, or how many reports it holds.
    static func title(of tracker: Tracker) -> String {
        tracker.hasSeveralReports ? "\(tracker.reports.count) reports" : tracker.report.title
    }
}
