import RecTrackCore

/// The worklist's section on accepted recommendations that a later call repeats, in the same words for the
/// terminal and for Markdown. It asks a question; it is not a verdict.
extension WorklistRenderer {
    /// The section's title.
    static let repeatedTitle = "Accepted, then repeated by a later call"

    /// One line per later call: "R2: accepted on 20 March 2026, repeated by A Committee in November 2026 (“Title”):
    /// promised and not done?"
    var repeatedLines: [String] {
        (worklist.repeatedAfterAcceptance ?? []).map { item in
            let call = item.repeatedBy
            let who = call.publisher.map { "by \($0) \(Self.when(call.date)) (“\(call.title)”)" }
                ?? "\(Self.when(call.date)) by \(call.recommendation ?? "another recommendation") (\(call.title))"
            return "\(item.recommendation): \(item.response.verdict.words) \(Self.when(item.response.date)) (\(item.response.evidence)), repeated \(who): promised and not done?"
        }
    }

    /// "on 20 March 2026", or "in November 2024" when the day is not known.
    private static func when(_ date: FactDate) -> String {
        (date.precision == .day ? "on " : "in ") + DateText.long(date)
    }
}
