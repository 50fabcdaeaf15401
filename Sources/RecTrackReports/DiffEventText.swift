import RecTrackCore

/// The sentences for a diff's events that are not moves of status or progress (responses revised, deadlines passed,
/// stalls), one list for the text and Markdown renderers alike.
enum DiffEventText {
    /// One sentence per event, in order: responses, deadlines, stalls.
    static func sentences(_ diff: SnapshotDiff) -> [String] {
        var out: [String] = []
        for change in diff.responseChanges ?? [] {
            var line = "\(change.recommendation): the formal response changed from \(change.before.words) to \(change.after.words)"
            if let evidence = change.evidence { line += " (\(evidence))" }
            if change.turnedToRejection { line += "; an accepted recommendation is now rejected" }
            out.append(line + ".")
        }
        for item in diff.newlyPastDue ?? [] {
            let d = item.deadline
            out.append("\(item.recommendation): “\(d.title)” fell past due on \(d.deadline.date) (\(DeadlineText.setter(d.deadline))), not met.")
        }
        for item in diff.newlyStalled ?? [] {
            out.append("\(item.recommendation): stalled; no evidence has moved it since \(item.stall.since), though \(item.stall.arrivedSince) \(item.stall.arrivedSince == 1 ? "item has" : "items have") arrived.")
        }
        return out
    }
}
