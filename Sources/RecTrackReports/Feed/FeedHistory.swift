import RecTrackCore

/// The feeds' entries, made from the tracker's snapshots only: for each pair of consecutive snapshots, one entry per
/// recommendation whose status or progress moved, or whose formal response, deadlines (one falling past due), stall or
/// owners' replies changed between them, each explained by ``SnapshotDiff`` in the words of `diff`.
///
/// Nothing is read from the evidence files as they are now: evidence is named by its id (the snapshots hold no titles),
/// and the standing and reason are the later snapshot's. So writing the site again later, with new evidence or a new
/// quarter, leaves every earlier entry byte for byte as it was; the first snapshot has no entries, as nothing published
/// comes before it.
enum FeedHistory {
    /// Every entry, newest quarter first, then in recommendation order.
    static func entries(from snapshots: [Snapshot], tracker: Tracker) -> [FeedEntry] {
        // The diff names evidence from the tracker it is given: one without evidence names it by id alone.
        var withoutEvidence = tracker
        withoutEvidence.evidence = []
        let ordered = snapshots.sorted { $0.quarter < $1.quarter }
        var entries: [FeedEntry] = []
        for (earlier, later) in zip(ordered, ordered.dropFirst()) {
            let diff = SnapshotDiff(from: .snapshot(earlier, path: nil), to: .snapshot(later, path: nil), tracker: withoutEvidence)
            entries += later.assessments.compactMap { entry(for: $0, in: diff, later: later) }
        }
        return entries.sorted { ($1.quarter, $0.number, $0.recommendation) < ($0.quarter, $1.number, $1.recommendation) }
    }

    /// The entry for one recommendation, or nil when nothing changed for it.
    private static func entry(for assessment: Assessment, in diff: SnapshotDiff, later: Snapshot) -> FeedEntry? {
        let id = assessment.recommendation, quarter = later.quarter
        var own = diff
        own.changes = diff.changes.filter { $0.recommendation == id }
        own.responseChanges = diff.responseChanges?.filter { $0.recommendation == id }
        own.newlyPastDue = diff.newlyPastDue?.filter { $0.recommendation == id }
        own.newlyStalled = diff.newlyStalled?.filter { $0.recommendation == id }
        let replies = (diff.replies ?? []).filter { $0.recommendation == id }
        let events = DiffEventText.sentences(own)
        guard !own.changes.isEmpty || !events.isEmpty || !replies.isEmpty else { return nil }

        var paragraphs = [DiffRenderer.Reason(sentence: "Changes from the \(diff.from.label) snapshot to the \(diff.to.label) snapshot.")]
        var headline: [String] = []
        for change in own.changes {
            let movement = DiffRenderer.movement(change) + (change.regression ? "  (regression)" : "")
            headline.append(DiffRenderer.standing(change.before) + " → " + DiffRenderer.standing(change.after))
            paragraphs.append(DiffRenderer.Reason(sentence: movement))
            paragraphs += DiffRenderer.reasons(change, from: diff.from, to: diff.to, evidence: \.id)
        }
        paragraphs += events.map { DiffRenderer.Reason(sentence: $0) }
        paragraphs += replies.map { DiffRenderer.Reason(sentence: DiffRenderer.replyLine($0)) }
        paragraphs.append(DiffRenderer.Reason(
            sentence: "In the \(quarter) snapshot: \(assessment.status.rawValue) \(NumberText.format(assessment.progress))%. \(assessment.reason)"))

        if own.responseChanges?.isEmpty == false { headline.append("formal response changed") }
        if own.newlyPastDue?.isEmpty == false { headline.append("a deadline passed") }
        if own.newlyStalled?.isEmpty == false { headline.append("stalled") }
        for reply in replies {
            let words = DiffRenderer.replyLine(reply)
            headline.append(String(words[..<(words.firstIndex(of: ":") ?? words.endIndex)]))
        }
        return FeedEntry(id: FeedEntry.id(for: assessment, in: later), quarter: quarter,
                         updated: later.asOf, recommendation: id, number: assessment.number,
                         title: "\(id) \(assessment.title), \(quarter): \(headline.joined(separator: "; "))",
                         paragraphs: paragraphs)
    }
}
