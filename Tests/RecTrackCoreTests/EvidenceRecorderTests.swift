import Testing
@testable import RecTrackCore
import RecTrackTestSupport

struct EvidenceRecorderTests {
    private let recorder = EvidenceRecorder(loader: TestTracker.loader(today: Day("2025-03-01")!))

    private func draft(_ bearing: String = "R1:first:achieves", title: String = "Guidance is issued") throws -> EvidenceDraft {
        EvidenceDraft(date: FactDate("2025-02-03")!, title: title, publisher: "DfE", kind: .guidance, summary: "It was issued.",
                      bearings: [try .init(parsing: bearing)], recorded: Day("2025-03-01")!)
    }

    @Test("Writes Evidence/YYYY/date-slug.yaml, with -2 when the name is taken; the new status follows")
    func writes() throws {
        let folder = try TemporaryFolder()
        try TestTracker().write(to: folder)
        guard case .written(let plan, let before, let after, _) = try recorder.record(try draft(), root: folder.path) else {
            Issue.record("refused"); return
        }
        #expect(plan.path == "Evidence/2025/2025-02-03-guidance-is-issued.yaml")
        #expect(try folder.read(plan.path) == String(decoding: plan.bytes, as: UTF8.self))
        #expect(before.evidence.isEmpty && after.evidence.map(\.id) == ["2025-02-03-guidance-is-issued"])
        let status = Evaluator(tracker: after).assessAll(asOf: Day("2025-03-01")!)[0]
        #expect(status.status == .substantial)

        guard case .written(let second, _, _, _) = try recorder.record(try draft("R2:first:progresses"), root: folder.path) else {
            Issue.record("refused"); return
        }
        #expect(second.id == "2025-02-03-guidance-is-issued-2")
        #expect(folder.list("Evidence/2025") == ["2025-02-03-guidance-is-issued-2.yaml", "2025-02-03-guidance-is-issued.yaml"])
    }

    @Test("A draft the tracker refuses writes nothing and says where the error is")
    func refuses() throws {
        let folder = try TemporaryFolder()
        try TestTracker().write(to: folder)
        guard case .refused(let plan, let result) = try recorder.record(try draft("R1:frist:achieves"), root: folder.path) else {
            Issue.record("written"); return
        }
        let error = try #require(result.diagnostics.diagnostics.first { $0.severity == .error })
        #expect(error.path == plan.path)
        #expect(error.message.contains("unknown milestone 'frist' for R1. Did you mean 'first'?"))
        #expect(!FileReader.exists(folder.path + "/Evidence/2025"))
    }
}
