import RecTrackCore

/// `check --format markdown`: the quarterly e-mail.
struct CheckMarkdownRenderer {
    /// The check and what the formats share.
    let check: CheckRenderer

    /// The e-mail.
    func render() -> String {
        let from = check.result.diff.from
        var out = "# \(Markdown.escape(check.tracker.report.title)): quarterly check for \(check.result.quarter)\n\n"
        out += "Where the \(check.assessments.count) recommendations stood on \(check.result.snapshot.asOf), at the end of \(check.result.quarter), "
        switch from.source {
        case .snapshot: out += "compared with the \(Markdown.escape(from.label)) snapshot. "
        case .assessment: out += "compared with the tracker as of \(from.asOf), as there is no \(Markdown.escape(from.label)) snapshot. "
        }
        out += Markdown.escape(Headline.sentence(check.assessments)) + "\n\n"
        out += "**Check \(check.resultSentence).**\n"
        for failure in check.result.failures { out += "- \(Markdown.escape(failure.message))\n" }
        out += "\n## Where things stand\n\n"
        out += StatusRenderer(tracker: check.tracker, assessments: check.assessments, asOf: check.result.snapshot.asOf, knownAt: nil).render(.markdown) + "\n"
        out += DiffRenderer(diff: check.result.diff).markdown(heading: "##") + "\n"
        out += WorklistRenderer(worklist: check.result.worklist).markdown(heading: "##") + "\n"
        out += "---\n\nSnapshot: \(Markdown.escape(check.snapshotSentence)). Made by \(Markdown.escape(check.result.snapshot.tool))"
        if let commit = check.result.snapshot.provenance.gitCommit { out += " from commit \(Markdown.escape(commit))" }
        out += " over \(check.result.snapshot.provenance.files.count) files.\n"
        if let differences = check.result.differencesFromRecorded {
            out += "\n## How this check differs from the recorded \(check.result.quarter) snapshot\n\n"
            out += DiffRenderer(diff: differences).markdown(heading: "###")
        }
        return out
    }
}
