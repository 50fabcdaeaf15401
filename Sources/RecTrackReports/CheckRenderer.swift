import RecTrackCore

/// The formats `rectrack check` can write.
public enum CheckFormat: String, CaseIterable, Sendable {
    /// The terminal report.
    case text
    /// The quarterly e-mail.
    case markdown
    /// Everything, for programs.
    case json
    /// A JUnit XML report: each recommendation is a test case; a failed condition is a failure.
    case junit
    /// GitHub workflow annotations.
    case github
}

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
        case .text: return text(style: style)
        case .markdown: return markdown()
        case .json: return JSONOutput.encode(CheckDocument(tracker: tracker, result: result))
        case .junit: return junit()
        case .github: return github()
        }
    }

    private var assessments: [Assessment] { result.snapshot.assessments }

    /// "the 2026Q2 snapshot (Snapshots/2026Q2.json)" or "the tracker as of 2026-06-30 (there is no 2026Q2 snapshot)".
    private var comparison: String {
        let from = result.diff.from
        switch from.source {
        case .snapshot: return "the \(from.label) snapshot\(from.path.map { " (\($0))" } ?? "")"
        case .assessment: return "the tracker as of \(from.asOf) (there is no \(from.label) snapshot)"
        }
    }

    /// "wrote Snapshots/2026Q3.json", "Snapshots/2026Q3.json already records this; unchanged", …
    public var snapshotSentence: String {
        switch result.outcome {
        case .written(let path): return "wrote \(path)"
        case .unchanged(let path): return "\(path) already records exactly this; left unchanged"
        case .replaced(let path, let hash, let kept):
            return "replaced \(path) (reason: \(result.snapshot.replaced?.reason ?? "–"); the old file, SHA-256 \(hash.prefix(12))…, is kept as \(kept))"
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
            case .warnings: return "\(n) \(n == 1 ? "warning" : "warnings")"
            }
        }
        return "FAILED: \(counts.joined(separator: ", "))"
    }

    private func text(style: TerminalStyle) -> String {
        var out = style.bold("Quarterly check for \(result.quarter)") + ", compared with \(comparison).\n\n"
        out += StatusRenderer(tracker: tracker, assessments: assessments, asOf: result.snapshot.asOf, knownAt: nil).render(.text, style: style) + "\n"
        out += DiffRenderer(diff: result.diff).text(style: style) + "\n"
        out += style.bold("Worklist") + "\n" + WorklistRenderer(worklist: result.worklist).text(style: style) + "\n"
        out += "Snapshot: \(snapshotSentence)\n"
        out += "Check: " + (result.passed ? resultSentence : style.red(resultSentence)) + "\n"
        for failure in result.failures { out += "  - \(failure.message)\n" }
        return out
    }

    private func markdown() -> String {
        let from = result.diff.from
        var out = "# \(Markdown.escape(tracker.report.title)): quarterly check for \(result.quarter)\n\n"
        out += "Where the \(assessments.count) recommendations stood on \(result.snapshot.asOf), at the end of \(result.quarter), "
        switch from.source {
        case .snapshot: out += "compared with the \(Markdown.escape(from.label)) snapshot. "
        case .assessment: out += "compared with the tracker as of \(from.asOf), as there is no \(Markdown.escape(from.label)) snapshot. "
        }
        out += Markdown.escape(Headline.sentence(assessments)) + "\n\n"
        out += "**Check \(resultSentence).**\n"
        for failure in result.failures { out += "- \(Markdown.escape(failure.message))\n" }
        out += "\n## Where things stand\n\n"
        out += StatusRenderer(tracker: tracker, assessments: assessments, asOf: result.snapshot.asOf, knownAt: nil).render(.markdown) + "\n"
        out += DiffRenderer(diff: result.diff).markdown(heading: "##") + "\n"
        out += WorklistRenderer(worklist: result.worklist).markdown(heading: "##") + "\n"
        out += "---\n\nSnapshot: \(Markdown.escape(snapshotSentence)). Made by \(Markdown.escape(result.snapshot.tool))"
        if let commit = result.snapshot.provenance.gitCommit { out += " from commit \(Markdown.escape(commit))" }
        out += " over \(result.snapshot.provenance.files.count) files.\n"
        return out
    }

    private func junit() -> String {
        struct Case { var name: String; var failures: [CheckFailure]; var output: String }
        var cases: [Case] = assessments.map { a in
            var output = "\(a.status.rawValue) \(NumberText.format(a.progress))%"
            if let trend = a.trend { output += " (was \(trend.previousStatus.rawValue) \(NumberText.format(trend.previousProgress))% on \(trend.since))" }
            if a.stale { output += "; stale" }
            output += ". \(a.reason)"
            return Case(name: "\(a.recommendation) \(a.title)", failures: result.failures.filter { $0.recommendation == a.recommendation }, output: output)
        }
        cases.append(Case(name: "tracker validation", failures: result.failures.filter { $0.recommendation == nil },
                          output: diagnostics.summary))
        let failed = cases.filter { !$0.failures.isEmpty }.count
        let suite = XML.escape("\(tracker.report.title) \(result.quarter)")
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"rectrack check\" tests=\"\(cases.count)\" failures=\"\(failed)\" errors=\"0\">\n"
        out += "  <testsuite name=\"\(suite)\" tests=\"\(cases.count)\" failures=\"\(failed)\" errors=\"0\" skipped=\"0\">\n"
        for item in cases {
            out += "    <testcase classname=\"rectrack.check.\(result.quarter)\" name=\"\(XML.escape(item.name))\">\n"
            for failure in item.failures {
                out += "      <failure type=\"\(failure.condition.rawValue)\" message=\"\(XML.escape(failure.message))\">\(XML.escape(explanation(failure)))</failure>\n"
            }
            out += "      <system-out>\(XML.escape(item.output))</system-out>\n"
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    /// The longer text of a failure: for a regression, the evidence behind it.
    private func explanation(_ failure: CheckFailure) -> String {
        guard failure.condition == .regression,
              let change = result.diff.changes.first(where: { $0.recommendation == failure.recommendation }) else { return failure.message }
        var lines = [failure.message]
        lines += change.because.map { "because of: " + DiffRenderer.line($0) }
        lines += change.noLongerUsed.map { "no longer used: " + DiffRenderer.line($0) }
        if change.protocolChanged { lines.append("its protocol's parameters changed") }
        return lines.joined(separator: "\n")
    }

    private func github() -> String {
        var out = ""
        for failure in result.failures {
            var properties = "title=\(DiagnosticsRenderer.escapeProperty("rectrack check: \(failure.condition.rawValue)"))"
            if let id = failure.recommendation, let path = tracker.recommendation(id)?.path {
                properties = "file=\(DiagnosticsRenderer.escapeProperty(path)),\(properties)"
            }
            out += "::error \(properties)::\(DiagnosticsRenderer.escapeData(explanation(failure)))\n"
        }
        for change in result.diff.changes where change.regression && !result.failOn.contains(.regression) {
            out += "::warning title=\(DiagnosticsRenderer.escapeProperty("rectrack check: regression"))::\(DiagnosticsRenderer.escapeData("\(change.recommendation) went down: \(DiffRenderer.standing(change.before)) → \(DiffRenderer.standing(change.after))"))\n"
        }
        for edited in result.diff.editedEvidence {
            out += "::warning file=\(DiagnosticsRenderer.escapeProperty(edited.path)),title=\(DiagnosticsRenderer.escapeProperty("rectrack check: evidence \(edited.change.rawValue)"))::\(DiagnosticsRenderer.escapeData("\(edited.id) was \(edited.change.rawValue) after the \(result.diff.from.label) snapshot cited it (used by \(edited.citedBy.joined(separator: ", ")))"))\n"
        }
        if diagnostics.warningCount > 0 {
            out += DiagnosticsRenderer.render(diagnostics, fileCount: tracker.files.count, format: .github)
        }
        let summary = "\(result.quarter): \(Headline.sentence(assessments)) \(result.diff.changes.count) moved since \(result.diff.from.label). Snapshot: \(snapshotSentence). Check \(resultSentence)."
        out += "::notice title=rectrack check \(result.quarter)::\(DiagnosticsRenderer.escapeData(summary))\n"
        return out
    }
}

/// The JSON document `check --format json` writes.
struct CheckDocument: Encodable {
    struct SnapshotReference: Encodable {
        var path: String
        var action: String
        var previousHash: String?
        var keptAt: String?
        var gitCommit: String?
    }

    var tool: String
    var report: StatusDocument.ReportReference
    var quarter: Quarter
    var asOf: Day
    var snapshot: SnapshotReference
    var comparedWith: Snapshot.Comparison?
    var summary: StatusDocument.Summary
    var diff: SnapshotDiff
    var worklist: Worklist
    var warnings: Int
    var failOn: [CheckCondition]
    var failures: [CheckFailure]
    var passed: Bool

    init(tracker: Tracker, result: CheckResult) {
        let status = StatusDocument(tracker: tracker, assessments: result.snapshot.assessments, asOf: result.snapshot.asOf, knownAt: nil)
        tool = status.tool
        report = status.report
        quarter = result.quarter
        asOf = result.snapshot.asOf
        switch result.outcome {
        case .written(let path):
            snapshot = SnapshotReference(path: path, action: "written")
        case .unchanged(let path):
            snapshot = SnapshotReference(path: path, action: "unchanged")
        case .replaced(let path, let hash, let kept):
            snapshot = SnapshotReference(path: path, action: "replaced", previousHash: hash, keptAt: kept)
        }
        snapshot.gitCommit = result.snapshot.provenance.gitCommit
        comparedWith = result.snapshot.comparedWith
        summary = status.summary
        diff = result.diff
        worklist = result.worklist
        warnings = result.warningCount
        failOn = result.failOn
        failures = result.failures
        passed = result.passed
    }
}
