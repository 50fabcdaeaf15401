import RecTrackCore

/// What the data package is made from: the tracker assessed at the run's moment, and the snapshots published up to it.
public struct DataPackageInput {
    /// One assessment of one recommendation: as published in a quarter's snapshot, or the run's own.
    struct AssessmentRow {
        /// `2026Q3` for a published snapshot, `current` for the run's own assessment.
        let label: String
        /// True when it is a published snapshot's.
        let published: Bool
        let report: String
        let recommendation: String
        let assessment: Assessment
    }

    /// The label of the run's own assessment in the `assessment` columns.
    public static let currentLabel = "current"

    /// The tracker, assessed at the run's moment.
    public let current: AssessedTracker
    /// The published snapshots, oldest first, only those of quarters ending on or before the run's date.
    public let published: [Snapshot]
    /// Every assessment, the published ones by quarter and then the run's own.
    let assessments: [AssessmentRow]
    /// The evidence dated by the as-of date and recorded by the known-at date: what the tracker held at that moment.
    let evidence: [Evidence]
    /// The replies dated by the as-of date and recorded by the known-at date.
    let replies: [Reply]

    /// Creates the input; snapshots of quarters that end after `current`'s as-of date are left out, since they were
    /// not yet published on that date.
    public init(current: AssessedTracker, published: [Snapshot]) {
        self.current = current
        self.published = published.filter { $0.asOf <= current.asOf }.sorted { $0.quarter < $1.quarter }
        var rows: [AssessmentRow] = []
        for snapshot in self.published {
            for assessment in snapshot.assessments {
                let key = DataPackageInput.key(assessment.recommendation, in: current.tracker, report: snapshot.report)
                rows.append(AssessmentRow(label: snapshot.quarter.description, published: true, report: key.report,
                                          recommendation: key.id, assessment: assessment))
            }
        }
        for entry in current.entries {
            let key = DataPackageInput.key(of: entry.recommendation, in: current.tracker)
            rows.append(AssessmentRow(label: DataPackageInput.currentLabel, published: false, report: key.report,
                                      recommendation: key.id, assessment: entry.assessment))
        }
        assessments = rows
        let asOf = current.asOf, knownAt = current.knownAt
        evidence = current.tracker.evidence.filter { item in item.date.latest <= asOf && (knownAt.map { item.recorded <= $0 } ?? true) }
        replies = current.tracker.replies.filter { reply in reply.date <= asOf && (knownAt.map { reply.recorded <= $0 } ?? true) }
    }

    var tracker: Tracker { current.tracker }

    /// The report and id that name a recommendation in every table: its own report's id and its short id (`R6`), which
    /// together are unique when a tracker holds several reports. Every table goes through here.
    static func key(of recommendation: Recommendation, in tracker: Tracker) -> (report: String, id: String) {
        (recommendation.report.isEmpty ? tracker.report.id : recommendation.report, recommendation.shortID)
    }

    /// The key of a recommendation this package holds, named by an evidence file, a reply or a link; nil for one it does
    /// not hold: with `export --report`, another report's (its rows belong in that report's package, or the whole
    /// tracker's, where their foreign keys resolve).
    static func heldKey(_ reference: String, in tracker: Tracker) -> (report: String, id: String)? {
        tracker.recommendation(reference).map { key(of: $0, in: tracker) }
    }

    /// The key of the recommendation a file names (`R6`), found through the tracker's own lookup; a name the tracker
    /// no longer has (in an old snapshot) is kept as written, under `report`.
    static func key(_ reference: String, in tracker: Tracker, report: String? = nil) -> (report: String, id: String) {
        guard let found = tracker.recommendation(reference) else { return (report ?? tracker.report.id, reference) }
        return key(of: found, in: tracker)
    }
}
