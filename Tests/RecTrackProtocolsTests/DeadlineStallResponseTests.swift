import Foundation
import RecTrackCore
import RecTrackProtocols
import RecTrackTestSupport
import Testing

/// Deadlines, stalls and responses that change (#18): each is reported beside the status and never changes it.
@Suite("Deadlines, stalls and revised responses")
struct DeadlineStallResponseTests {
    static func milestones(due: String) -> String {
        """
        kind: milestones
        milestones:
          - id: standards-apply
            title: The standards apply
            due: \(due)
        """
    }

    static func assess(_ protocolYAML: String, _ evidence: [String], asOf: String) throws -> Assessment {
        let result = ExampleTracker.load(protocol: protocolYAML, evidence: evidence)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.diagnostics.map(\.formatted))")
        let tracker = try #require(result.tracker)
        return Evaluator(tracker: tracker).assess(tracker.recommendations[0], asOf: Day(asOf)!)
    }

    /// An all-of protocol: one milestone `a`, and `part` (YAML list items indented two spaces).
    static func milestoneA(and part: String) -> String {
        "kind: all-of\nparts:\n  - kind: milestones\n    milestones: [{id: a, title: A}]\n" + part
    }

    static let commitment = ExampleTracker.evidence("2020-01-10-commitment", kind: "statement", effect: "context")
    static let governmentDue = "{date: 2021-04-01, set-by: government, evidence: 2020-01-10-commitment, note: the standards apply from 1 April 2021}"

    @Test("a deadline is not due, due soon, past due, met on time or met late, by the date assessed")
    func standings() throws {
        let met = ExampleTracker.evidence("2021-06-01-in-force", kind: "guidance", effect: "achieves", milestone: "standards-apply")
        let cases: [(asOf: String, evidence: [String], standing: DeadlineStanding)] = [
            ("2020-06-01", [Self.commitment], .notDue),
            ("2021-01-15", [Self.commitment], .dueSoon),
            ("2021-04-02", [Self.commitment], .pastDue),
            ("2021-07-01", [Self.commitment, met], .metLate),
            ("2021-07-01", [Self.commitment, met.replacingOccurrences(of: "2021-06-01", with: "2021-03-01")], .metOnTime),
        ]
        for item in cases {
            let assessment = try Self.assess(Self.milestones(due: Self.governmentDue), item.evidence, asOf: item.asOf)
            let deadline = try #require(assessment.milestones.first?.deadline)
            #expect(deadline.standing == item.standing, "as of \(item.asOf)")
            #expect(deadline.deadline.origin == TargetOrigin(setBy: .government, evidence: "2020-01-10-commitment"))
            #expect(assessment.deadlines == [deadline])
        }
    }

    @Test("a past-due deadline never changes the status, and the reasons say who set it")
    func pastDueKeepsStatus() throws {
        let progressed = ExampleTracker.evidence("2020-02-01-draft", kind: "consultation", effect: "progresses", milestone: "standards-apply")
        let withDeadline = try Self.assess(Self.milestones(due: Self.governmentDue), [Self.commitment, progressed], asOf: "2021-12-31")
        let without = try Self.assess("""
            kind: milestones
            milestones: [{id: standards-apply, title: The standards apply}]
            """, [Self.commitment, progressed], asOf: "2021-12-31")
        #expect(withDeadline.status == without.status && withDeadline.progress == without.progress)
        #expect(withDeadline.deadlines.first?.standing == .pastDue)
        let sentence = try #require(withDeadline.rationale.first { $0.text.contains("due by 2021-04-01") })
        #expect(sentence.text.contains("set by the government; past due"))
        #expect(sentence.evidence == ["2020-01-10-commitment"])
    }

    @Test("a partial due date is due by the last day of its year; a 'by' date is the report's deadline")
    func partialDatesAndBy() throws {
        let lateYear = try Self.assess(Self.milestones(due: "{date: 2027, set-by: report}"), [Self.commitment], asOf: "2027-11-30")
        #expect(lateYear.deadlines.first?.standing == .dueSoon)
        #expect(lateYear.deadlines.first?.deadline.lastDay == Day("2027-12-31"))
        let byDate = try Self.assess("""
            kind: milestones
            milestones: [{id: standards-apply, title: The standards apply by 2020, by: 2020-03-31}]
            """, [Self.commitment], asOf: "2020-06-01")
        #expect(byDate.deadlines.first?.deadline.origin.setBy == .report)
        #expect(byDate.deadlines.first?.standing == .pastDue)
    }

    @Test("a due date set by the tracker, or by the government without its evidence, is a located error")
    func badDeadlines() {
        for (due, code) in [("{date: 2021-04-01, set-by: tracker}", DiagnosticCode.deadlineSetByTracker),
                            ("{date: 2021-04-01, set-by: government}", .deadlineWithoutEvidence)] {
            let result = ExampleTracker.load(protocol: Self.milestones(due: due), evidence: [])
            let found = result.diagnostics.diagnostics.filter { $0.code == code }
            #expect(found.count == 1, "\(due)")
            #expect(found.first?.location?.line == 12)  // R01.yaml's `due:` line
        }
    }

    @Test("a due date naming evidence the tracker does not have is a located error with a suggestion")
    func unknownCommitment() {
        let due = "\n      set-by: government\n      evidence: 2020-01-10-commitmen\n      date: 2021-04-01"
        let result = ExampleTracker.load(protocol: Self.milestones(due: due), evidence: [Self.commitment])
        let found = result.diagnostics.diagnostics.filter { $0.code == .deadlineEvidenceUnknown }
        #expect(found.count == 1)
        #expect(found.first?.location?.line == 14)
        #expect(found.first?.message.contains("Did you mean '2020-01-10-commitment'?") == true)
    }

    @Test("a target date the government set is a deadline; one this tracker set is not")
    func targetDeadlines() throws {
        func metric(setBy: String) -> String {
            """
            kind: metric
            metric: turnover-rate
            baseline: {period: 2016-09-30, value: 15}
            target: {value: 10, direction: down, set-by: \(setBy), date: 2020-09-30}
            """
        }
        let figure = SeriesBreakTests.figure("2021-09-30", 9.5)
        let government = try Self.assess(metric(setBy: "government, evidence: 2020-01-10-commitment"), [Self.commitment, figure], asOf: "2023-01-01")
        let deadline = try #require(government.metrics.first?.deadline)
        #expect(deadline.standing == .metLate && deadline.metOn == FactDate("2021-09-30"))
        let tracker = try Self.assess(metric(setBy: "tracker, reason: an example"), [Self.commitment, figure], asOf: "2023-01-01")
        #expect(tracker.metrics.first?.deadline == nil && tracker.deadlines.isEmpty)
    }

    @Test("stalled: evidence keeps arriving but nothing moves it; stale is another thing")
    func stalls() throws {
        let protocolYAML = """
            kind: milestones
            milestones: [{id: a, title: A}, {id: b, title: B}]
            """
        let moved = ExampleTracker.evidence("2019-01-10-moved", kind: "guidance", effect: "progresses", milestone: "a")
        let context = ExampleTracker.evidence("2021-03-01-context", kind: "report", effect: "context")
        let stalled = try Self.assess(protocolYAML, [moved, context], asOf: "2021-06-30")
        let stall = try #require(stalled.stalled)
        #expect(stall.since == FactDate("2019-01-10") && stall.arrivedSince == 1 && stall.after == TimeSpan(18, .months))
        #expect(stalled.rationale.contains { $0.text.hasPrefix("Stalled: 1 item of evidence has been recorded since 2019-01-10") })
        // Within 18 months of the last move: not stalled.
        #expect(try Self.assess(protocolYAML, [moved, context], asOf: "2020-06-30").stalled == nil)
        // Nothing new arriving within the window: stale perhaps, not stalled.
        let quiet = try Self.assess(protocolYAML, [moved, context], asOf: "2023-06-30")
        #expect(quiet.stalled == nil && quiet.stale)
        // A new figure of its metric moves it, whatever the figure's bearing says.
        let metricProtocol = Self.milestoneA(and: """
              - kind: metric
                metric: turnover-rate
                baseline: {period: 2016-09-30, value: 15}
                target: {value: 10, direction: down, set-by: report}
            """)
        let figure = SeriesBreakTests.figure("2020-09-30", 13)
        #expect(try Self.assess(metricProtocol, [moved, context], asOf: "2021-06-30").stalled != nil)
        #expect(try Self.assess(metricProtocol, [moved, figure, context], asOf: "2021-06-30").stalled == nil)
        // The flag never changes the status.
        #expect(stalled.status == (try Self.assess(protocolYAML, [moved], asOf: "2021-06-30")).status)
    }

    @Test("a revised response replaces the earlier one as of its date; accepted in principle is its own verdict")
    func revisedResponses() throws {
        let protocolYAML = Self.milestoneA(and: "  - kind: response")
        func response(_ id: String, _ verdict: String) -> String {
            ExampleTracker.evidence(id, kind: "response", effect: "context")
                .replacingOccurrences(of: "    effect: context", with: "    effect: context\n    response: \(verdict)")
        }
        let first = response("2018-01-10-response", "accepted-in-principle")
        let second = response("2020-05-01-revised-response", "rejected")
        let before = try Self.assess(protocolYAML, [first, second], asOf: "2019-12-31")
        #expect(before.response == .acceptedInPrinciple)
        #expect(before.responses?.count == 1)
        let after = try Self.assess(protocolYAML, [first, second], asOf: "2020-12-31")
        #expect(after.response == .rejected)
        #expect(after.responses?.map(\.verdict) == [.acceptedInPrinciple, .rejected])
        #expect(after.rationale.contains { $0.text.contains("It revises an earlier response (2018-01-10): accepted in principle.") })
        let none = try Self.assess(protocolYAML, [], asOf: "2020-12-31")
        #expect(none.response == ResponseVerdict.none && none.responses == nil)
        #expect(ResponseVerdict.none.words == "no response identified")

        // A response that turns from accepting to rejecting is an event of the diff.
        let diff = SnapshotDiff(from: .assessment(label: "2019-12-31", asOf: Day("2019-12-31")!, assessments: [before]),
                                to: .assessment(label: "2020-12-31", asOf: Day("2020-12-31")!, assessments: [after]),
                                tracker: try #require(ExampleTracker.load(protocol: protocolYAML, evidence: [first, second]).tracker))
        let change = try #require(diff.responseChanges?.first)
        #expect(change.before == .acceptedInPrinciple && change.after == .rejected && change.turnedToRejection)
        #expect(change.evidence == "2020-05-01-revised-response")
    }
}
