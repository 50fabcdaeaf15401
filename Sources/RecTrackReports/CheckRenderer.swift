import RecTrackCore

/// Renders what a quarterly check found: the status table, the explained changes, the worklist,
/// the snapshot written and whether the check passed.
public struct CheckRenderer {
    /// The tracker checked.
    public let tracker: Tracker
    /// What the check found.
    public let result: CheckResult
    /// The loader's diagnostics (warnings only, or the check would not have run).
    public let diagnostics: DiagnosticReport

    /// Creates a renderer.
    public init(tracker: Tracker, result: CheckResult, diagnostics: DiagnosticReport) {
        self.tracker = tracker
        self.result = result
        self.diagnostics = diagnostics
    }

    /// The output in `format`.
    public func render(_ format: CheckFormat, style: TerminalStyle = .plain) -> String {
        switch format {
        case .text: return CheckTextRenderer(check: self).render(style: style)
        case .markdown: return CheckMarkdownRenderer(check: self).render()
        case .json: return CheckJSONRenderer(check: self).render()
        case .junit: return CheckJUnitRenderer(check: self).render()
        case .github: return CheckGitHubRenderer(check: self).render()
        }
    }

    /// The assessments the check recorded.
    var assessments: [Assessment] { result.snapshot.assessments }

    /// "the 2026Q2 snapshot (Snapshots/2026Q2.json)" or "the tracker as of 2026-06-30 (there is no 2026Q2 snapshot)".
    var comparison: String {
        let from = result.diff.from
        switch from.source {
        case .snapshot: return "the \(from.label) snapshot\(from.path.map { " (\($0))" } ?? "")"
        case .assessment: return "the tracker as of \(from.asOf) (there is no \(from.label) snapshot)"
        }
    }

    /// "wrote Snapshots/2026Q3.json", "Snapshots/2026Q3.json already records this; unchanged", "not written: …", …
    public var snapshotSentence: String {
        switch result.snapshotOutcome {
        case .stored(let outcome, let created):
            var sentence: String
            switch outcome {
            case .written(let path): sentence = "wrote \(path)"
            case .unchanged(let path): sentence = "\(path) already records exactly this; left unchanged"
            case .replaced(let path, let hash, let kept):
                sentence = "replaced \(path) (reason: \(result.snapshot.replaced?.reason ?? "–"); the old file, SHA-256 \(hash.prefix(12))…, is kept as \(kept))"
            }
            for path in created {
                sentence += "; also created \(path), which keeps the check's lock file (.lock) and temporary files out of git"
            }
            return sentence
        case .notWritten(let path, let problem):
            if case .exists = problem { return "not written: \(path) already exists and differs from this check (below)" }
            return "not written to \(path): \(problem)"
        case .dryRun(let path):
            if tracker.isRestricted {
                return "not written (--report checks one report, and a quarter's snapshot records every report); a check without it would write \(path)"
            }
            return "not written (--no-snapshot); a check without it would write \(path)"
        }
    }

    /// "passed (fails on: regression)" or "FAILED: 1 regression".
    public var resultSentence: String {
        let conditions = result.failOn.map(\.rawValue).joined(separator: ", ")
        if result.passed { return "passed (it fails on: \(conditions.isEmpty ? "nothing" : conditions))" }
        let counts = CheckCondition.allCases.compactMap { condition -> String? in
            let n = result.failures.filter { $0.condition == condition }.count
            guard n > 0 else { return nil }
            switch condition {
            case .regression: return "\(n) \(n == 1 ? "regression" : "regressions")"
            case .stale: return "\(n) stale \(n == 1 ? "assessment" : "assessments")"
            case .warnings:
                // One failure stands for every warning the tracker has: count those, as the failure's own line does.
                let warnings = diagnostics.warningCount
                return "\(warnings) \(warnings == 1 ? "warning" : "warnings")"
            case .pastDue: return "\(n) past due"
            }
        }
        return "FAILED: \(counts.joined(separator: ", "))"
    }

    /// The longer text of a failure: for a regression, the evidence behind it.
    func explanation(_ failure: CheckFailure) -> String {
        guard failure.condition == .regression,
              let change = result.diff.changes.first(where: { $0.recommendation == failure.recommendation }) else { return failure.message }
        var lines = [failure.message]
        lines += change.because.map { "because of: " + DiffRenderer.line($0) }
        lines += change.noLongerUsed.map { "no longer used: " + DiffRenderer.line($0) }
        if change.protocolChanged { lines.append("its protocol's parameters changed") }
        return lines.joined(separator: "\n")
    }
}
