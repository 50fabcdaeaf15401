import Testing
import RecTrackCore

/// How the evaluator turns a protocol's outcome and the visible evidence into an assessment: rejection,
/// staleness, trends and supersession, over ``FixedCreditProtocol`` with one milestone, `one`.
@Suite("Status rules")
struct StatusRuleTests {
    /// Loads R1 and R2 (each with the one milestone) and the evidence `add` gives; R1 is assessed.
    private func loaded(_ add: (inout TestTracker) -> Void) throws -> (Evaluator, Recommendation) {
        var tracker = TestTracker(milestones: ["one"])
        add(&tracker)
        let result = tracker.load()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.diagnostics.map(\.formatted))")
        let read = try #require(result.tracker)
        return (Evaluator(tracker: read), try #require(read.recommendation("R1")))
    }

    @Test("a standing rejection gives rejected; later progress reverses it")
    func rejection() throws {
        let declined = { (tracker: inout TestTracker) in tracker.add("2019-01-01", "declined", kind: "statement", bears: [("R1", nil, "rejects")], owners: ["DfE"]) }
        let (evaluator, r1) = try loaded(declined)
        #expect(evaluator.assess(r1, asOf: Day(year: 2020, month: 1, day: 1)!).status == .rejected)

        // Rejected by someone who does not own it (no owners named): not an owner declining it, so no rejection.
        var byOther = TestTracker(milestones: ["one"])
        byOther.add("2019-01-01", "criticised", kind: "statement", bears: [("R1", nil, "rejects")])
        let otherResult = byOther.load()
        #expect(otherResult.diagnostics.diagnostics.map(\.code) == [.rejectsNotByOwner])
        let other = try #require(otherResult.tracker)
        #expect(Evaluator(tracker: other).assess(try #require(other.recommendation("R1")), asOf: Day(year: 2020, month: 1, day: 1)!).status == .noProgress)

        let (later, laterR1) = try loaded { tracker in
            declined(&tracker)
            tracker.add("2021-01-01", "change-of-heart", bears: [("R1", "one", "progresses")])
        }
        #expect(later.assess(laterR1, asOf: Day(year: 2022, month: 1, day: 1)!).status == .limited)
    }

    @Test("evidence older than stale-after makes the assessment stale")
    func stale() throws {
        let (evaluator, r1) = try loaded { $0.add("2019-01-01", "old", bears: [("R1", "one", "progresses")]) }
        #expect(evaluator.assess(r1, asOf: Day(year: 2019, month: 6, day: 1)!).stale == false)
        let late = evaluator.assess(r1, asOf: Day(year: 2020, month: 6, day: 1)!)
        #expect(late.stale)
        #expect(late.rationale.last?.text.contains("more than 12 months before 2020-06-01") == true)
    }

    @Test("trend compares with an earlier date")
    func trend() throws {
        let (evaluator, r1) = try loaded { tracker in
            tracker.add("2019-01-01", "start", bears: [("R1", "one", "progresses")])
            tracker.add("2019-08-01", "done", kind: "legislation", bears: [("R1", "one", "achieves")])
        }
        let assessment = evaluator.assess(r1, asOf: Day(year: 2019, month: 9, day: 30)!, comparedWith: Day(year: 2019, month: 6, day: 30)!)
        #expect(assessment.trend?.direction == .up)
        #expect(assessment.trend?.previousStatus == .limited)
        #expect(assessment.status == .implemented)
    }

    @Test("supersedes drops the earlier evidence once the later one is visible")
    func supersedes() throws {
        let (evaluator, r1) = try loaded { tracker in
            tracker.add("2019-01-01", "first-figures", kind: "legislation", bears: [("R1", "one", "achieves")])
            tracker.add("2019-03-01", "correction", bears: [("R1", nil, "context")], supersedes: ["2019-01-01-first-figures"])
        }
        #expect(evaluator.assess(r1, asOf: Day(year: 2019, month: 2, day: 1)!).status == .implemented)
        #expect(evaluator.assess(r1, asOf: Day(year: 2019, month: 4, day: 1)!).status == .noProgress)
    }

    @Test("a chain of supersedes hides each link only once its successor is visible")
    func supersedesChain() throws {
        let (evaluator, r1) = try loaded { tracker in
            tracker.add("2019-01-01", "first", kind: "legislation", bears: [("R1", "one", "achieves")])
            tracker.add("2019-03-01", "second", bears: [("R1", "one", "progresses")], supersedes: ["2019-01-01-first"])
            tracker.add("2019-05-01", "third", bears: [("R1", "one", "context")], supersedes: ["2019-03-01-second"])
        }
        func visible(_ month: Int) -> [String] {
            evaluator.evaluate(asOf: Day(year: 2019, month: month, day: 15)!).evidence(for: "R1").map(\.id)
        }
        #expect(visible(2) == ["2019-01-01-first"])
        #expect(visible(4) == ["2019-03-01-second"])
        #expect(visible(6) == ["2019-05-01-third"])
        #expect(evaluator.assess(r1, asOf: Day(year: 2019, month: 2, day: 15)!).status == .implemented)
        #expect(evaluator.assess(r1, asOf: Day(year: 2019, month: 4, day: 15)!).progress == 50)
        #expect(evaluator.assess(r1, asOf: Day(year: 2019, month: 6, day: 15)!).status == .noProgress)
    }
}
