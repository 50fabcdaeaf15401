import RecTrackCore

/// `check --format text`: the status table, what moved, the worklist, the snapshot and the verdict, for a terminal.
struct CheckTextRenderer {
    /// The check and what the formats share.
    let check: CheckRenderer

    /// The report.
    func render(style: TerminalStyle) -> String {
        var out = style.fitting(style.bold("Quarterly check for \(check.result.quarter)") + ", compared with \(check.comparison).") + "\n\n"
        out += StatusRenderer(tracker: check.tracker, assessments: check.assessments, asOf: check.result.snapshot.asOf, knownAt: nil).render(.text, style: style) + "\n"
        out += DiffRenderer(diff: check.result.diff).text(style: style) + "\n"
        out += style.bold("Worklist") + "\n" + WorklistRenderer(worklist: check.result.worklist).text(style: style) + "\n"
        out += style.fitting("Snapshot: \(check.snapshotSentence)") + "\n"
        if let differences = check.result.differencesFromRecorded {
            out += "\n" + DiffRenderer(diff: differences).text(style: style) + "\n"
        }
        out += style.fitting("Check: " + (check.result.passed ? check.resultSentence : style.red(check.resultSentence))) + "\n"
        for failure in check.result.failures { out += style.fitting("  - \(failure.message)") + "\n" }
        return out
    }
}
