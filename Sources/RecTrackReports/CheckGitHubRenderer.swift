import RecTrackCore

/// `check --format github`: GitHub workflow annotations for each failure, regression and edited evidence, a snapshot
/// that could not be recorded, and a notice.
struct CheckGitHubRenderer {
    /// The check and what the formats share.
    let check: CheckRenderer

    /// The annotations.
    func render() -> String {
        var out = ""
        for failure in check.result.failures {
            var properties = "title=\(DiagnosticsRenderer.escapeProperty("rectrack check: \(failure.condition.rawValue)"))"
            if let id = failure.recommendation, let path = check.tracker.recommendation(id)?.path {
                properties = "file=\(DiagnosticsRenderer.escapeProperty(path)),\(properties)"
            }
            out += "::error \(properties)::\(DiagnosticsRenderer.escapeData(check.explanation(failure)))\n"
        }
        for change in check.result.diff.changes where change.regression && !check.result.failOn.contains(.regression) {
            out += "::warning title=\(DiagnosticsRenderer.escapeProperty("rectrack check: regression"))::\(DiagnosticsRenderer.escapeData("\(change.recommendation) went down: \(DiffRenderer.standing(change.before)) → \(DiffRenderer.standing(change.after))"))\n"
        }
        for edited in check.result.diff.editedEvidence {
            out += "::warning file=\(DiagnosticsRenderer.escapeProperty(edited.path)),title=\(DiagnosticsRenderer.escapeProperty("rectrack check: evidence \(edited.change.rawValue)"))::\(DiagnosticsRenderer.escapeData("\(edited.id) was \(edited.change.rawValue) after the \(check.result.diff.from.label) snapshot cited it (used by \(edited.citedBy.joined(separator: ", ")))"))\n"
        }
        // A snapshot that could not be recorded fails the run (73): an error annotation at the file, saying why.
        if case .notWritten(_, let problem) = check.result.snapshotOutcome {
            let diagnostic = problem.diagnostic
            out += "::error file=\(DiagnosticsRenderer.escapeProperty(diagnostic.path)),title=\(DiagnosticsRenderer.escapeProperty("rectrack check: snapshot not written"))::\(DiagnosticsRenderer.escapeData("\(diagnostic.message) [\(diagnostic.code.label)]"))\n"
        }
        if check.diagnostics.warningCount > 0 {
            out += DiagnosticsRenderer.render(check.diagnostics, fileCount: check.tracker.files.count, format: .github)
        }
        let summary = "\(check.result.quarter): \(Headline.sentence(check.assessments)) \(check.result.diff.changes.count) moved since \(check.result.diff.from.label). Snapshot: \(check.snapshotSentence). Check \(check.resultSentence)."
        out += "::notice title=rectrack check \(check.result.quarter)::\(DiagnosticsRenderer.escapeData(summary))\n"
        return out
    }
}
