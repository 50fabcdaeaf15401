/// Snapshots across a change in the tracker's reports: a snapshot written while the tracker had one report keys its
/// recommendations by short id (`R6`); once a second report is added they are keyed `no-good-options:R6`. Comparing
/// the two re-keys the older one, so each of its short ids resolves to the report it belonged to (the snapshot's own).
extension Snapshot {
    /// The layout version a tracker's snapshot is written in: a one-report tracker's has no report ids beside its
    /// assessments and keeps version 1, byte for byte as before; a tracker with several reports writes version 2.
    static func schemaVersion(for tracker: Tracker) -> Int { tracker.keysAreQualified ? 2 : 1 }

    /// This snapshot with its recommendations keyed as `tracker` keys them now; for one report of a tracker with
    /// several (``Tracker/isRestricted``), only that report's.
    public func keyed(for tracker: Tracker) -> Snapshot {
        var copy = self
        copy.assessments = Assessment.keyed(assessments, snapshotReport: report, for: tracker)
        copy.provenance.protocols = Snapshot.keyed(provenance.protocols, snapshotReport: report, for: tracker)
        return copy
    }

    /// Protocol fingerprints by recommendation, keyed as `tracker` keys its recommendations.
    static func keyed(_ protocols: [String: String], snapshotReport: String, for tracker: Tracker) -> [String: String] {
        Dictionary(protocols.map { (Assessment.key($0.key, report: nil, snapshotReport: snapshotReport, for: tracker).key, $0.value) },
                   uniquingKeysWith: { a, _ in a })
    }
}

extension Assessment {
    /// `assessments` of a snapshot of `snapshotReport`, keyed as `tracker` keys them; for one report of a tracker with
    /// several, only that report's.
    static func keyed(_ assessments: [Assessment], snapshotReport: String, for tracker: Tracker) -> [Assessment] {
        let keyed = assessments.map { $0.keyed(for: tracker, snapshotReport: snapshotReport) }
        return tracker.isRestricted ? keyed.filter { $0.reportID == tracker.report.id } : keyed
    }

    /// This assessment keyed as `tracker` keys its recommendations, when it was recorded in a snapshot of `snapshotReport`.
    func keyed(for tracker: Tracker, snapshotReport: String) -> Assessment {
        var copy = self
        (copy.recommendation, copy.reportID) = Assessment.key(recommendation, report: reportID, snapshotReport: snapshotReport, for: tracker)
        return copy
    }

    /// A recorded key and report, as `tracker` keys them: qualified when it has several reports, short for its only report.
    static func key(_ recorded: String, report: String?, snapshotReport: String, for tracker: Tracker) -> (key: String, report: String?) {
        let parts = RecommendationIndex.parts(ofKey: recorded)
        let owner = report ?? parts.report ?? snapshotReport
        let short = parts.id
        // A one-report tracker keys its own recommendations by short id, whatever id its report had when a snapshot was
        // written; only another report's, in a snapshot of several, keeps its qualified key.
        if !tracker.keysAreQualified && (parts.report == nil || owner == tracker.report.id) { return (short, nil) }
        return (RecommendationIndex.qualified(report: owner, id: short), owner)
    }
}
