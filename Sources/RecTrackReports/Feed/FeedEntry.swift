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

    /// The id of the entry for `recommendation` in `quarter` of the report `report`.
    static func id(report: String, recommendation: String, quarter: Quarter) -> String {
        NameBasedUUID.urn("rectrack feed entry\n\(report)\n\(recommendation)\n\(quarter)")
    }
}
