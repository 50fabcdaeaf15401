import RecTrackCore

/// The formal responses that changed since the date an assessment's trend is measured from, one sentence each:
/// "R2: the formal response changed from accepted to rejected (2026-09-10)". The status table and its Markdown
/// list them under the table, since a revised response never changes a status.
enum ResponseChangeText {
    /// The heading and its sentences, or nil when no response changed.
    static func lines(_ assessments: [Assessment]) -> (heading: String, sentences: [String])? {
        var since: Day?
        let sentences = assessments.compactMap { a -> String? in
            guard let trend = a.trend, let previous = trend.previousResponse, let now = a.response else { return nil }
            since = trend.since
            return "\(a.recommendation): the formal response changed from \(previous.words) to \(now.words)"
                + (a.responses?.last.map { " (\($0.date))" } ?? "") + "."
        }
        guard let since else { return nil }
        return ("Formal responses that changed since \(since)", sentences)
    }
}
