import Testing
@testable import RecTrackCore

struct SnapshotDiffTests {
    /// The tracker after the first quarter of 2025: R1's first step achieved by guidance.
    private func firstQuarter() -> TestTracker {
        var tracker = TestTracker()
        tracker.add("2025-01-10", "guidance", bears: [("R1", "first", "achieves")])
        return tracker
    }

    private func snapshot(_ tracker: TestTracker, _ quarter: String) throws -> (Snapshot, Tracker) {
        let result = tracker.load()
        let loaded = try #require(result.tracker)
        let quarter = try #require(Quarter(quarter))
        let snapshot = Snapshot(quarter: quarter, tracker: loaded, assessments: Evaluator(tracker: loaded).assessAll(asOf: quarter.lastDay),
                                digests: result.digests, gitCommit: nil, comparedWith: nil)
        return (snapshot, loaded)
    }

    @Test("Explains each move with the evidence behind it, and lists new, late and edited evidence")
    func explained() throws {
        let (q1, _) = try snapshot(firstQuarter(), "2025Q1")
        var later = firstQuarter()
        later.add("2025-05-01", "announced", kind: "announcement", bears: [("R2", "first", "progresses")])
        later.add("2025-06-01", "withdrawn", kind: "funding", bears: [("R1", "first", "sets-back")])
        later.add("2025-02-01", "found-late", kind: "debate", bears: [("R2", "second", "context")], recorded: "2025-05-02")
        later.add("2025-01-10", "guidance", bears: [("R1", "first", "achieves")], title: "Evidence guidance (title corrected)")
        let (q2, tracker) = try snapshot(later, "2025Q2")
        let diff = SnapshotDiff(from: .snapshot(q1, path: "Snapshots/2025Q1.json"), to: .snapshot(q2, path: "Snapshots/2025Q2.json"),
                                tracker: tracker)

        #expect(diff.changes.map(\.recommendation) == ["R1", "R2"])
        let r1 = diff.changes[0], r2 = diff.changes[1]
        #expect(r1.before == .init(status: .substantial, progress: 50))
        #expect(r1.after == .init(status: .noProgress, progress: 0))
        #expect(r1.direction == .down && r1.regression)
        #expect(r1.because.map(\.id) == ["2025-06-01-withdrawn"])
        #expect(r1.because.first?.title == "Evidence withdrawn")
        #expect(r1.edited == ["2025-01-10-guidance"])
        #expect(!r1.protocolChanged)
        #expect(r2.before?.status == .notAssessed && r2.after == .init(status: .limited, progress: 25))
        #expect(r2.direction == .up && !r2.regression)
        #expect(r2.because.map(\.id) == ["2025-02-01-found-late", "2025-05-01-announced"])
        #expect(diff.regressions == ["R1"])

        #expect(diff.newEvidence.map(\.id) == ["2025-05-01-announced", "2025-06-01-withdrawn"])
        #expect(diff.newEvidence[0].bearsOn == ["R2"])
        #expect(diff.lateEvidence.map(\.id) == ["2025-02-01-found-late"])
        #expect(diff.editsChecked)
        #expect(diff.editedEvidence == [.init(id: "2025-01-10-guidance", path: "Evidence/2025/2025-01-10-guidance.yaml", change: .edited,
                                              title: "Evidence guidance (title corrected)", citedBy: ["R1"])])
    }

    @Test("Removed evidence and changed protocols are named; an as-of side cannot check edits")
    func removedAndProtocol() throws {
        let (q1, _) = try snapshot(firstQuarter(), "2025Q1")
        var later = TestTracker()
        later.files["Recommendations/R01.yaml"] = TestTracker.recommendation(1, partialCredit: "0.25")
        later.add("2025-04-10", "again", bears: [("R1", "first", "progresses")])
        let (q2, tracker) = try snapshot(later, "2025Q2")
        let diff = SnapshotDiff(from: .snapshot(q1, path: nil), to: .snapshot(q2, path: nil), tracker: tracker)
        #expect(diff.editedEvidence.map(\.change) == [.removed])
        let change = try #require(diff.changes.first)
        #expect(change.protocolChanged)
        #expect(change.noLongerUsed.map(\.id) == ["2025-01-10-guidance"])
        #expect(change.noLongerUsed.first?.title == nil)

        let asOf = SnapshotDiff(from: .assessment(label: "2025Q1", asOf: q1.asOf, assessments: q1.assessments),
                                to: .snapshot(q2, path: nil), tracker: tracker)
        #expect(!asOf.editsChecked && asOf.editedEvidence.isEmpty && asOf.lateEvidence.isEmpty)
    }

    @Test("Nothing moved: no changes")
    func unchanged() throws {
        let (q1, tracker) = try snapshot(firstQuarter(), "2025Q1")
        let (q2, _) = try snapshot(firstQuarter(), "2025Q2")
        let diff = SnapshotDiff(from: .snapshot(q1, path: nil), to: .snapshot(q2, path: nil), tracker: tracker)
        #expect(diff.changes.isEmpty && diff.newEvidence.isEmpty && diff.editedEvidence.isEmpty && diff.regressions.isEmpty)
    }

    @Test("Explains owners' replies: a new one, one that lapsed, and one the verdict moved away from or towards")
    func replies() throws {
        let (q1, _) = try snapshot(firstQuarter(), "2025Q1")
        let plain = try #require(q1.assessments.first)
        func reply(_ id: String, owner: String = "DfE", agrees: Bool, lapsed: Bool = false) -> ReplyStanding {
            ReplyStanding(id: id, owner: owner, ownerName: owner, date: Day("2025-02-01")!, channel: .letter, status: .implemented,
                          agrees: agrees, says: "Done.", cites: [], url: nil, lapses: Day("2026-02-01")!, lapsed: lapsed,
                          statusWhenReplied: plain.status, progressWhenReplied: plain.progress)
        }
        func with(_ replies: [ReplyStanding]?) -> Assessment {
            var assessment = plain
            assessment.replies = replies
            return assessment
        }
        func kinds(_ before: [ReplyStanding]?, _ after: [ReplyStanding]?) -> [SnapshotDiff.ReplyChange.Kind] {
            SnapshotDiff.replyChanges(from: [with(before)], to: [with(after)]).map(\.kind)
        }
        #expect(kinds(nil, nil).isEmpty)
        #expect(kinds(nil, [reply("a", agrees: false)]) == [.new])
        #expect(kinds([reply("a", agrees: true)], [reply("b", agrees: true)]) == [.new], "a later reply from the same owner replaces the earlier")
        #expect(kinds([reply("a", agrees: true)], [reply("a", agrees: false)]) == [.nowDisagrees])
        #expect(kinds([reply("a", agrees: false)], [reply("a", agrees: true)]) == [.nowAgrees])
        #expect(kinds([reply("a", agrees: true)], [reply("a", agrees: true)]).isEmpty)
        #expect(kinds([reply("a", agrees: true)], [reply("a", agrees: true, lapsed: true)]) == [.lapsed])
        #expect(kinds([reply("a", agrees: true, lapsed: true)], [reply("a", agrees: true, lapsed: true)]).isEmpty, "a lapse is told once")
        #expect(kinds([reply("a", agrees: true)], [reply("a", agrees: true), reply("c", owner: "LGA", agrees: false)]) == [.new])
    }
}
