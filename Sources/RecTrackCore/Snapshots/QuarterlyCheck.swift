/// A condition that makes `rectrack check` fail (exit 1).
public enum CheckCondition: String, Codable, Sendable, CaseIterable, Comparable {
    /// A recommendation's status rank or progress went down since the comparison.
    case regression
    /// An assessment is stale: its newest evidence is older than the recommendation's `stale-after`.
    case stale
    /// The tracker has validation warnings, or an assessment met problems.
    case warnings
    /// A milestone or target is past a due date set by the report or the government, and not met.
    case pastDue = "past-due"

    public static func < (lhs: CheckCondition, rhs: CheckCondition) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One reason the check failed.
public struct CheckFailure: Codable, Sendable, Equatable {
    /// The condition that holds.
    public var condition: CheckCondition
    /// The recommendation concerned, when there is one.
    public var recommendation: String?
    /// The sentence to print.
    public var message: String
}

/// The quarterly check: assess as of the quarter's end, compare with the previous quarter's
/// snapshot (or, without one, with the tracker assessed as of that quarter's end), write the
/// quarter's snapshot, and say what changed, what needs doing and whether the check fails.
///
/// The tracker must already have loaded without errors; the caller holds the snapshot lock.
public struct QuarterlyCheck: Sendable {
    /// The tracker, loaded without errors.
    public var tracker: Tracker
    /// The loader's diagnostics (warnings only).
    public var diagnostics: DiagnosticReport
    /// The SHA-256 of every file as the loader read it.
    public var digests: [String: String]
    /// The quarter checked.
    public var quarter: Quarter
    /// The commit checked out, when the tracker is in a git work tree.
    public var gitCommit: String?
    /// The conditions that fail the check.
    public var failOn: Set<CheckCondition>
    /// Where the tracker is and which plugins may run; the tracker's own `Plugins/` when nil.
    public var environment: AssessmentEnvironment?

    /// Creates a check.
    public init(tracker: Tracker, diagnostics: DiagnosticReport, digests: [String: String], quarter: Quarter,
                gitCommit: String?, failOn: Set<CheckCondition>, environment: AssessmentEnvironment? = nil) {
        self.tracker = tracker
        self.diagnostics = diagnostics
        self.digests = digests
        self.quarter = quarter
        self.gitCommit = gitCommit
        self.failOn = failOn
        self.environment = environment
    }

    /// Runs the check and, holding `lock`, writes the snapshot (see ``SnapshotStore/write(_:replacing:holding:)``).
    ///
    /// The results never depend on the write: when `lock` is nil (a dry run) nothing is written, and when taking the
    /// lock or writing failed the result says why in ``CheckResult/snapshotOutcome``, so the caller can show the
    /// results first and fail after. Only a previous snapshot that cannot be read stops the check (it is bad data).
    public func run(store: SnapshotStore, replacing reason: String?,
                    lock: Result<SnapshotLock, SnapshotStoreError>?) throws(SnapshotStoreError) -> CheckResult {
        let previous = quarter.previous
        let previousBytes = try store.bytes(for: previous)
        let previousSnapshot = try store.read(previous)?.keyed(for: tracker)
        let evaluator = Evaluator(tracker: tracker, environment: environment)
        let before = previousSnapshot?.assessments ?? evaluator.assessAll(asOf: previous.lastDay)
        let earlier = Dictionary(before.map { ($0.recommendation, $0) }, uniquingKeysWith: { a, _ in a })
        let assessments = evaluator.assessAll(asOf: quarter.lastDay).map { assessment in
            var assessment = assessment
            assessment.trend = earlier[assessment.recommendation].map { Evaluator.trend(from: $0, to: assessment) }
            return assessment
        }
        let comparison = Snapshot.Comparison(quarter: previous, source: previousSnapshot == nil ? .assessment : .snapshot,
                                             sha256: previousBytes.map { SHA256.hex($0) })
        var snapshot = Snapshot(quarter: quarter, tracker: tracker, assessments: assessments, digests: digests,
                                gitCommit: gitCommit, comparedWith: comparison)
        let path = store.relativePath(for: quarter)
        let outcome: SnapshotOutcome
        switch lock {
        case nil:
            outcome = .dryRun(path)
        case .failure(let problem):
            outcome = .notWritten(path, problem)
        case .success(let lock):
            do {
                let written = try store.write(snapshot, replacing: reason, holding: lock)
                if case .replaced(_, let previousHash, _) = written, let reason {
                    snapshot.replaced = Snapshot.Replacement(reason: reason, previousHash: previousHash)
                }
                outcome = .stored(written, created: lock.created)
            } catch {
                outcome = .notWritten(path, error)
            }
        }

        let from: SnapshotDiff.Input = previousSnapshot.map { .snapshot($0, path: store.relativePath(for: previous)) }
            ?? .assessment(label: previous.description, asOf: previous.lastDay, assessments: before)
        let thisCheck: SnapshotDiff.Input = outcome.stored != nil ? .snapshot(snapshot, path: path) : .snapshot(snapshot, label: "this check", path: nil)
        let diff = SnapshotDiff(from: from, to: thisCheck, tracker: tracker)
        // A quarter already recorded differently: what the recorded snapshot says against what this check finds.
        var differences: SnapshotDiff?
        if case .notWritten(_, .exists) = outcome, let existing = try? store.read(quarter) {
            differences = SnapshotDiff(from: .snapshot(existing, path: path), to: thisCheck, tracker: tracker)
        }
        let worklist = Worklist(tracker: tracker, assessments: assessments, diagnostics: diagnostics.diagnostics, asOf: quarter.lastDay)
        return CheckResult(quarter: quarter, snapshot: snapshot, snapshotOutcome: outcome, diff: diff, differencesFromRecorded: differences,
                           worklist: worklist, failOn: failOn.sorted(), failures: failures(diff: diff, assessments: assessments),
                           warningCount: diagnostics.warningCount)
    }

    private func failures(diff: SnapshotDiff, assessments: [Assessment]) -> [CheckFailure] {
        var failures: [CheckFailure] = []
        if failOn.contains(.regression) {
            for change in diff.changes where change.regression {
                let before = change.before.map { "\($0.status.rawValue) (\(NumberText.format($0.progress))%)" } ?? "–"
                let after = change.after.map { "\($0.status.rawValue) (\(NumberText.format($0.progress))%)" } ?? "–"
                failures.append(CheckFailure(condition: .regression, recommendation: change.recommendation,
                                             message: "\(change.recommendation) went down since \(diff.from.label): \(before) → \(after)"))
            }
        }
        if failOn.contains(.stale) {
            for assessment in assessments where assessment.stale {
                failures.append(CheckFailure(condition: .stale, recommendation: assessment.recommendation,
                                             message: "\(assessment.recommendation) is stale: its newest evidence is from \(assessment.lastEvidence?.description ?? "–")"))
            }
        }
        if failOn.contains(.pastDue) {
            for assessment in assessments {
                for deadline in assessment.deadlines where deadline.standing == .pastDue {
                    failures.append(CheckFailure(condition: .pastDue, recommendation: assessment.recommendation,
                                                 message: "\(assessment.recommendation): “\(deadline.title)” was due by \(deadline.deadline.date) (\(DeadlineText.setter(deadline.deadline))) and is not met"))
                }
            }
        }
        if failOn.contains(.warnings) {
            let count = diagnostics.warningCount
            if count > 0 {
                failures.append(CheckFailure(condition: .warnings, recommendation: nil,
                                             message: "the tracker has \(count) validation \(count == 1 ? "warning" : "warnings") (rectrack validate lists them)"))
            }
            for assessment in assessments where !assessment.warnings.isEmpty {
                failures.append(CheckFailure(condition: .warnings, recommendation: assessment.recommendation,
                                             message: "\(assessment.recommendation): \(assessment.warnings.joined(separator: "; "))"))
            }
        }
        return failures
    }
}

/// What a quarterly check found and did.
public struct CheckResult: Sendable {
    /// The quarter checked.
    public var quarter: Quarter
    /// The snapshot made (the file on disk may hold the same with another git commit; see ``outcome``).
    public var snapshot: Snapshot
    /// Whether the snapshot was written, already there, replaced, not written, or not asked for.
    public var snapshotOutcome: SnapshotOutcome
    /// The explained changes since the previous quarter.
    public var diff: SnapshotDiff
    /// When the quarter's snapshot exists and this check differs from it: the changes from the recorded snapshot
    /// to this check.
    public var differencesFromRecorded: SnapshotDiff?
    /// What the secretariat should look at.
    public var worklist: Worklist
    /// The conditions that fail the check.
    public var failOn: [CheckCondition]
    /// The reasons it fails; empty when it passes.
    public var failures: [CheckFailure]
    /// The number of validation warnings.
    public var warningCount: Int

    /// True when no `failOn` condition holds.
    public var passed: Bool { failures.isEmpty }
}

/// What a check did with its quarter's snapshot.
public enum SnapshotOutcome: Sendable {
    /// Written, found unchanged, or replaced; and the files the snapshot folder gained beside it (`Snapshots/.gitignore`).
    case stored(WriteOutcome, created: [String])
    /// Not written, and why; the path is where it would have gone.
    case notWritten(String, SnapshotStoreError)
    /// Not written because none was asked for (`--no-snapshot`).
    case dryRun(String)

    /// The store's outcome, when the snapshot is on disk.
    public var stored: WriteOutcome? {
        if case .stored(let outcome, _) = self { return outcome }
        return nil
    }

    /// The snapshot's path relative to the root.
    public var path: String {
        switch self {
        case .stored(let outcome, _): return outcome.path
        case .notWritten(let path, _), .dryRun(let path): return path
        }
    }
}
