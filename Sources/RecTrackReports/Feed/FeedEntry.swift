import RecTrackCore

/// One entry of the feeds: what changed for one recommendation between two consecutive snapshots, and why, in the
/// words of `diff`. Every field comes from the two snapshots alone, so the entry never changes once written.
struct FeedEntry: Equatable {
    /// The Atom id, `urn:uuid:…`, named by the report, the recommendation and the quarter.
    var id: String
    /// The later snapshot's quarter.
    var quarter: Quarter
    /// The later snapshot's date (the quarter's last day).
    var updated: Day
    /// The recommendation's id as the snapshots name it.
    var recommendation: String
    /// Its number, for ordering within a quarter.
    var number: Int
    /// "R1 Publish a workforce strategy, 2026Q3: substantial 50% → limited 25%".
    var title: String
    /// The explanation: each a sentence, with the evidence it lists.
    var paragraphs: [DiffRenderer.Reason]

    /// The id of the entry for `recommendation` (its short id, as its report numbers it) in `quarter` of the report `report`.
    static func id(report: String, recommendation: String, quarter: Quarter) -> String {
        NameBasedUUID.urn("rectrack feed entry\n\(report)\n\(recommendation)\n\(quarter)")
    }

    /// The id of the entry for `assessment` in the snapshot `snapshot`, named by the recommendation's own report and
    /// short id whichever way the tracker keys it now: a quarter published while the tracker had one report keeps its
    /// entry ids after a second report is added and its keys become qualified (`R6` → `no-good-options:R6`).
    static func id(for assessment: Assessment, in snapshot: Snapshot) -> String {
        let parts = RecommendationIndex.parts(ofKey: assessment.recommendation)
        return id(report: assessment.reportID ?? parts.report ?? snapshot.report, recommendation: parts.id, quarter: snapshot.quarter)
    }
}
