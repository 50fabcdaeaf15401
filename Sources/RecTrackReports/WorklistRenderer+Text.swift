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
                [item.path] + item.warnings.map { "  " + $0 }
            }),
            ("Assessments that met problems", w.assessmentWarnings.count, w.assessmentWarnings.flatMap { item in
                item.warnings.map { "\(item.recommendation): \($0)" }
            }),
            ("Dates declared by evidence", w.dueDates.count, w.dueDates.map {
                "\($0.due)  \($0.passed ? "passed: check what happened" : "coming")  \($0.evidence)\($0.recommendations.isEmpty ? "" : "  → " + $0.recommendations.joined(separator: ", "))"
            }),
        ]
    }

    /// The sections as terminal text.
    public func text(style: TerminalStyle = .plain) -> String {
        if worklist.isEmpty { return "Nothing on the worklist.\n" }
        var out = ""
        for section in sections where !section.lines.isEmpty {
            out += style.bold(section.title) + " (\(section.count))\n" + section.lines.map { "  \($0)\n" }.joined() + "\n"
        }
        return String(out.dropLast())
    }
}
