import Foundation
import RecTrackCore
import RecTrackProtocols
import RecTrackTestSupport
import Testing

/// The date a trend is measured from, and the day an owner replied, are assessed for their verdict alone, without
/// the sentences that explain it (``AssessmentProtocol/verdict(_:)``). This checks that verdict against the full
/// assessment of the same moment, for every recommendation of the shipped tracker and of every fixture tracker, at
/// every quarter's end and every day evidence is dated on or recorded on.
@Suite struct VerdictAgreementTests {
    static let trackers: [String: URL] = [
        "shipped": Fixtures.packageRoot, "base": Fixtures.baseTracker, "hostile": Fixtures.hostileTracker,
        "quarterly": Fixtures.url("quarterly/tracker"), "several-reports": Fixtures.severalReports, "linked": Fixtures.url("linked"),
    ]

    @Test(arguments: trackers.keys.sorted())
    func earlierSideOfATrendIsTheFullAssessment(_ name: String) throws {
        let (evaluator, dates) = try load(name)
        var compared = 0, moved = 0
        for (earlier, later) in zip(dates, dates.dropFirst()) {
            let before = evaluator.evaluate(asOf: earlier).assessments
            let after = evaluator.evaluate(asOf: later, comparedWith: earlier).assessments
            for (then, now) in zip(before, after) {
                let trend = try #require(now.trend)
                let at = "\(name) \(now.recommendation) compared with \(earlier)"
                #expect(trend.since == earlier, "\(at)")
                #expect(trend.previousStatus == then.status, "\(at)")
                #expect(trend.previousProgress == then.progress, "\(at)")
                #expect(trend.previousResponse == (then.response != now.response ? then.response : nil), "\(at)")
                compared += 1
                if then.status != now.status || then.progress != now.progress { moved += 1 }
            }
        }
        // Enough moments, and some of them moving, for the comparison to mean something.
        #expect(compared >= 50)
        #expect(moved >= 2)
    }

    @Test(arguments: trackers.keys.sorted())
    func replyStandsBesideTheFullAssessmentOfItsDay(_ name: String) throws {
        let (evaluator, dates) = try load(name)
        var checked = 0
        for asOf in dates {
            for now in evaluator.evaluate(asOf: asOf).assessments {
                for reply in now.replies ?? [] {
                    let recommendation = try #require(evaluator.tracker.recommendations.first { $0.id == now.recommendation })
                    let then = evaluator.assess(recommendation, asOf: reply.date, knownAt: reply.date)
                    #expect(reply.statusWhenReplied == then.status, "\(name) \(now.recommendation) reply \(reply.id)")
                    #expect(reply.progressWhenReplied == then.progress, "\(name) \(now.recommendation) reply \(reply.id)")
                    checked += 1
                }
            }
        }
        #expect(checked > 0 || evaluator.tracker.replies.isEmpty)
    }

    @Test(arguments: ["hostile", "several-reports"])
    func someTrackersHaveRepliesToCheck(_ name: String) throws {
        #expect(!(try load(name).0.tracker.replies.isEmpty))
    }

    /// The tracker, and the dates to assess it at, in order.
    private func load(_ name: String) throws -> (Evaluator, [Day]) {
        let root = try #require(Self.trackers[name])
        let tracker = try #require(TrackerLoader(registry: BuiltinProtocols.registry, today: FixedToday.day).load(root: root.path).tracker)
        var dates = Set<Day>()
        var quarter = Quarter(year: 2016, number: 4)!
        while quarter.firstDay <= FixedToday.shippedTracker.adding(months: 12) {
            dates.insert(quarter.lastDay)
            quarter = quarter.next
        }
        for evidence in tracker.evidence {
            dates.insert(evidence.date.latest)
            dates.insert(evidence.recorded)
        }
        return (Evaluator(tracker: tracker), dates.sorted())
    }
}
