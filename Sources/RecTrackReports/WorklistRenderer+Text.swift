import RecTrackCore

/// `worklist --format text`, and the worklist `check` prints to a terminal.
extension WorklistRenderer {
    /// Each section's title, count and lines, in the order they are printed.
    fileprivate var sections: [(title: String, count: Int, lines: [String])] {
        let w = worklist
        return [
            ("No evidence dated since \(w.quietSince)", w.quiet.count, w.quiet.map {
                "\($0.recommendation)  \(Truncate.text($0.title, to: 60))  (\($0.lastEvidence.map { "newest evidence \($0)" } ?? "no evidence at all"))"
            }),
            ("Milestones supported only by claims", w.claimsOnly.count, w.claimsOnly.map {
                "\($0.recommendation) \($0.milestone): \(Truncate.text($0.title, to: 70))  (\($0.evidence.joined(separator: ", ")))"
            }),
            ("Evidence with warnings", w.evidenceWarnings.count, w.evidenceWarnings.flatMap { item in
                [SafeText.escaped(item.path)] + item.warnings.map { "  " + $0 }
            }),
            ("Assessments that met problems", w.assessmentWarnings.count, w.assessmentWarnings.flatMap { item in
                item.warnings.map { "\(item.recommendation): \($0)" }
            }),
            ("Fell past due this quarter", w.pastDue.count, w.pastDue.map(Self.deadlineLine)),
            ("Due within three months", w.dueSoon.count, w.dueSoon.map(Self.deadlineLine)),
            ("Stalled: evidence arrives but nothing moves", w.stalled.count, w.stalled.map {
                "\($0.recommendation)  \(Truncate.text($0.title, to: 60))  (nothing has moved it since \($0.stall.since); \($0.stall.arrivedSince) \($0.stall.arrivedSince == 1 ? "item has" : "items have") arrived since)"
            }),
            ("Dates declared by evidence", w.dueDates.count, w.dueDates.map {
                "\($0.due)  \($0.passed ? "passed: check what happened" : "coming")  \($0.evidence)\($0.recommendations.isEmpty ? "" : "  → " + $0.recommendations.joined(separator: ", "))"
            }),
        ] + replySectionsCounted + [(Self.repeatedTitle, repeatedLines.count, repeatedLines)]
    }

    private var replySectionsCounted: [(title: String, count: Int, lines: [String])] {
        replySections.map { ($0.title, $0.lines.count, $0.lines) }
    }

    /// "R6 strategy-in-force  due 2027-04-01, set by the government  The strategy's main measures…"
    static func deadlineLine(_ item: RecommendationDeadline) -> String {
        let d = item.deadline
        return "\(item.recommendation) \(d.subject)  due \(d.deadline.date), \(DeadlineText.setter(d.deadline))  \(Truncate.text(d.title, to: 60))"
    }

    /// The sections as terminal text, long lines wrapped to the style's width.
    public func text(style: TerminalStyle = .plain) -> String {
        if worklist.isEmpty { return "Nothing on the worklist.\n" }
        var out = ""
        for section in sections where !section.lines.isEmpty {
            out += style.bold(section.title) + " (\(section.count))\n" + section.lines.map { "  \($0)\n" }.joined() + "\n"
        }
        return style.fitting(String(out.dropLast()))
    }
}
