import RecTrackCore

/// The JSON document `status --format json` writes (see schemas/assessment.schema.json).
public struct StatusDocument: Codable, Sendable {
    /// The tool's version.
    public var tool: String
    /// The report's id and title: the first report's, when the tracker holds several.
    public var report: ReportReference
    /// Every report's id and title, in the tracker's order, when it holds several; each assessment names its own.
    public var reports: [ReportReference]?
    /// The date assessed.
    public var asOf: Day
    /// Only evidence recorded by this date was used, when set.
    public var knownAt: Day?
    /// The count per status and the overall progress.
    public var summary: Summary
    /// One per recommendation.
    public var assessments: [Assessment]

    /// A report's id and title.
    public struct ReportReference: Codable, Sendable {
        public var id: String
        public var title: String
    }

    /// Counts per status and overall progress.
    public struct Summary: Codable, Sendable {
        public var counts: [String: Int]
        public var progress: Double
    }

    /// Creates the document.
    public init(tracker: Tracker, assessments: [Assessment], asOf: Day, knownAt: Day?) {
        tool = "rectrack \(RecTrackVersion.current)"
        report = ReportReference(id: tracker.report.id, title: tracker.report.title)
        reports = tracker.hasSeveralReports ? tracker.reports.map { ReportReference(id: $0.id, title: $0.title) } : nil
        self.asOf = asOf
        self.knownAt = knownAt
        summary = Summary(counts: Dictionary(Status.allCases.map { status in (status.rawValue, assessments.filter { $0.status == status }.count) },
                                             uniquingKeysWith: { a, _ in a }),
                          progress: Headline.overallProgress(assessments))
        self.assessments = assessments
    }
}
