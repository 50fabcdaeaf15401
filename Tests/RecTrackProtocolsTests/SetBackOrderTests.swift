import Foundation
import RecTrackCore
import RecTrackProtocols
import RecTrackTestSupport
import Testing

/// When a set-back and an achievement of one test may have come in either order (the same day, or a partial date
/// whose period holds the other), the verdict does not claim the step stood: the set-back is read as the later.
@Suite("A set-back of unknown order is read as the later")
struct SetBackOrderTests {
    static let protocolYAML = "kind: milestones\nmilestones: [{id: a, title: A}]"

    static func status(_ evidence: [String], asOf: String = "2021-12-31") throws -> Status {
        let result = ExampleTracker.load(protocol: protocolYAML, evidence: evidence)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.diagnostics.map(\.formatted))")
        let tracker = try #require(result.tracker)
        return Evaluator(tracker: tracker).assess(tracker.recommendations[0], asOf: Day(asOf)!).status
    }

    /// Evidence `id` (dated by its first ten characters, or `date`) with `effect` on milestone a.
    static func evidence(_ id: String, _ effect: String, date: String? = nil) -> String {
        var text = ExampleTracker.evidence(id, effect: effect, milestone: "a", recorded: "2021-06-30")
        if let date { text = text.replacingOccurrences(of: "date: \(id.prefix(10))", with: "date: \(date)") }
        return text
    }

    @Test("the same day, whichever id sorts first: not met")
    func sameDay() throws {
        #expect(try Self.status([Self.evidence("2021-05-01-a-withdrawn", "sets-back"), Self.evidence("2021-05-01-b-published", "achieves")]) == .noProgress)
        #expect(try Self.status([Self.evidence("2021-05-01-a-published", "achieves"), Self.evidence("2021-05-01-b-withdrawn", "sets-back")]) == .noProgress)
    }

    @Test("an achievement dated by its month and a set-back within that month: not met")
    func partialDateHoldsTheSetBack() throws {
        #expect(try Self.status([Self.evidence("2021-05-published", "achieves", date: "2021-05"), Self.evidence("2021-05-20-withdrawn", "sets-back")]) == .noProgress)
    }

    @Test("a set-back clearly before an achievement still gives way to it; one clearly after still undoes it")
    func clearOrderStands() throws {
        #expect(try Self.status([Self.evidence("2021-04-10-withdrawn", "sets-back"), Self.evidence("2021-05-20-published", "achieves")]) == .implemented)
        #expect(try Self.status([Self.evidence("2021-04-10-published", "achieves"), Self.evidence("2021-05-20-withdrawn", "sets-back")]) == .noProgress)
    }
}
