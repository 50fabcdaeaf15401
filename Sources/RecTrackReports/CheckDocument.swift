import RecTrackCore

/// The JSON document `check --format json` writes.
struct CheckDocument: Encodable {
    struct SnapshotReference: Encodable {
        var path: String
        var action: String
        var problem: String?
        var created: [String]?
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
    var differencesFromRecorded: SnapshotDiff?
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
        switch result.snapshotOutcome {
        case .stored(.written(let path), let created):
            snapshot = SnapshotReference(path: path, action: "written", created: created.isEmpty ? nil : created)
        case .stored(.unchanged(let path), let created):
            snapshot = SnapshotReference(path: path, action: "unchanged", created: created.isEmpty ? nil : created)
        case .stored(.replaced(let path, let hash, let kept), let created):
            snapshot = SnapshotReference(path: path, action: "replaced", created: created.isEmpty ? nil : created, previousHash: hash, keptAt: kept)
        case .notWritten(let path, let problem):
            snapshot = SnapshotReference(path: path, action: "not-written", problem: "\(problem)")
        case .dryRun(let path):
            snapshot = SnapshotReference(path: path, action: "dry-run")
        }
        snapshot.gitCommit = result.snapshot.provenance.gitCommit
        comparedWith = result.snapshot.comparedWith
        summary = status.summary
        diff = result.diff
        differencesFromRecorded = result.differencesFromRecorded
        worklist = result.worklist
        warnings = result.warningCount
        failOn = result.failOn
        failures = result.failures
        passed = result.passed
    }
}
