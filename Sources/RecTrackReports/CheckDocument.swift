import RecTrackCore

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
