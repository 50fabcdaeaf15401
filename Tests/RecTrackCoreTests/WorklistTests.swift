import Testing
@testable import RecTrackCore

struct WorklistTests {
    private func worklist(_ tracker: TestTracker, asOf: String) throws -> Worklist {
        let result = tracker.load()
        let loaded = try #require(result.tracker)
        let day = try #require(Day(asOf))
        return Worklist(tracker: loaded, assessments: Evaluator(tracker: loaded).assessAll(asOf: day),
                        diagnostics: result.diagnostics.diagnostics, asOf: day)
    }

    @Test("Lists quiet recommendations, claim-only milestones, evidence warnings and declared dates")
    func lists() throws {
        var tracker = TestTracker()
        tracker.add("2024-06-01", "old-guidance", bears: [("R1", "first", "achieves")], due: "2024-12-01")
        tracker.add("2025-05-01", "announced", kind: "announcement", bears: [("R2", "first", "achieves")], due: "2025-09-01")
        tracker.add("2025-05-10", "recorded-early", kind: "statement", bears: [("R2", "second", "context")],
                    due: "2025-05-15", recorded: "2025-05-01")
        let list = try worklist(tracker, asOf: "2025-06-30")

        #expect(list.quietSince == Day("2025-01-01"))
        #expect(list.quiet.map(\.recommendation) == ["R1"])
        #expect(list.quiet.first?.lastEvidence == FactDate("2024-06-01"))
        #expect(list.claimsOnly == [.init(recommendation: "R2", milestone: "first", title: "The first step is taken",
                                          evidence: ["2025-05-01-announced"])])
        #expect(list.evidenceWarnings.map(\.id) == ["2025-05-01-announced", "2025-05-10-recorded-early"])
        #expect(list.evidenceWarnings.first?.warnings.first?.contains("an announcement alone is not proof that it was done") == true)
        #expect(list.evidenceWarnings.last?.warnings.first?.contains("is before the evidence's own date") == true)
        #expect(list.dueDates.map(\.due) == [FactDate("2025-05-15")!, FactDate("2025-09-01")!])
        #expect(list.dueDates.map(\.passed) == [true, false])
        #expect(list.dueDates.last?.recommendations == ["R2"])
        #expect(!list.isEmpty)
    }

    @Test("A recommendation with no evidence at all is quiet; evidence dated after the date is not seen")
    func noEvidence() throws {
        var tracker = TestTracker()
        tracker.add("2025-08-01", "later", bears: [("R1", "first", "achieves")], due: "2025-12-01")
        let list = try worklist(tracker, asOf: "2025-06-30")
        #expect(list.quiet.map(\.recommendation) == ["R1", "R2"])
        #expect(list.quiet.allSatisfy { $0.lastEvidence == nil })
        #expect(list.dueDates.isEmpty && list.claimsOnly.isEmpty)
    }
}
