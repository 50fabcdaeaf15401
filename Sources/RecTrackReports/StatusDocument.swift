import RecTrackCore

/// The JSON document `status --format json` writes (see schemas/assessment.schema.json).
public struct StatusDocument: Codable, Sendable {
    /// The layout of this document: 2 since each metric's series is written once, in ``metricSeries``
    /// (version 1 had no such key and repeated the series in every assessment).
    public static let currentSchemaVersion = 2

    /// The layout of this document (``currentSchemaVersion``).
    public var schemaVersion: Int
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
    /// One per recommendation; each metric state names its series in ``metricSeries`` by its `seriesId`.
    public var assessments: [Assessment]
    /// Every series the assessments' metric states show, once, by series id.
    public var metricSeries: [String: [SeriesPoint]]

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
        let byStatus = Headline.statusCounts(assessments)
        summary = Summary(counts: Dictionary(uniqueKeysWithValues: Status.allCases.map { ($0.rawValue, byStatus[$0] ?? 0) }),
                          progress: Headline.overallProgress(assessments))
        (self.assessments, metricSeries) = Self.seriesOnce(assessments)
        schemaVersion = Self.currentSchemaVersion
    }

    /// The assessments with each metric state's series replaced by a key into the returned table. A series is keyed by
    /// its metric's id; should states of one metric carry different series (a plugin's), the later ones are keyed
    /// `id~2`, `id~3`…, so nothing a state showed is lost.
    static func seriesOnce(_ assessments: [Assessment]) -> ([Assessment], [String: [SeriesPoint]]) {
        var table: [String: [SeriesPoint]] = [:]
        var keysByMetric: [String: [String]] = [:]
        var result = assessments
        for a in result.indices {
            for m in result[a].metrics.indices {
                let state = result[a].metrics[m]
                let keys = keysByMetric[state.metric, default: []]
                let key = keys.first { table[$0] == state.series } ?? (keys.isEmpty ? state.metric : "\(state.metric)~\(keys.count + 1)")
                if table[key] == nil {
                    table[key] = state.series
                    keysByMetric[state.metric, default: []].append(key)
                }
                result[a].metrics[m] = state.namingSeries(key)
            }
        }
        return (result, table)
    }
}
