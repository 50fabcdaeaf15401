import Testing
import RecTrackCore
import RecTrackProtocols

/// A tiny seeded generator so property tests are repeatable.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E3779B97F4A7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

@Suite("Assessment properties")
struct PropertyTests {
    static let protocolYAML = """
    kind: all-of
    parts:
      - kind: milestones
        milestones:
          - {id: one, title: One}
          - {id: two, title: Two, weight: 2}
          - {id: three, title: Three, achieved-by: [legislation]}
      - kind: metric
        metric: turnover-rate
        baseline: {period: 2016-09-30, value: 15}
        target: {value: 10, direction: down, set-by: report}
      - kind: response
    """
    static let kinds = ["guidance", "legislation", "statement", "announcement", "programme", "funding"]
    static let effects = ["progresses", "achieves", "sets-back", "context"]
    static let milestones = ["one", "two", "three"]

    /// Random evidence files for R1, dated 2018–2024.
    static func randomEvidence(_ rng: inout SeededGenerator, count: Int) -> [String] {
        (0..<count).map { i in
            let month = 1 + Int(rng.next() % 12)
            let day = 1 + Int(rng.next() % 28)
            let year = 2018 + Int(rng.next() % 7)
            let date = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
            return ExampleTracker.evidence("\(date)-item-\(i)", kind: kinds.randomElement(using: &rng)!,
                                           effect: effects.randomElement(using: &rng)!, milestone: milestones.randomElement(using: &rng)!)
        }
    }

    static func assess(_ evidence: [String], asOf: Day = Day(year: 2026, month: 1, day: 1)!, knownAt: Day? = nil) throws -> Assessment {
        let result = ExampleTracker.load(protocol: protocolYAML, evidence: evidence)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.diagnostics.map(\.formatted))")
        let tracker = try #require(result.tracker)
        return Evaluator(tracker: tracker).assess(tracker.recommendations[0], asOf: asOf, knownAt: knownAt)
    }

    @Test("adding achieving evidence never lowers progress", arguments: 0..<25)
    func achievingNeverLowers(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed))
        let evidence = Self.randomEvidence(&rng, count: Int(rng.next() % 8))
        let before = try Self.assess(evidence)
        // The new evidence is the latest, so nothing can set it back afterwards.
        let milestone = Self.milestones.randomElement(using: &rng)!
        let added = ExampleTracker.evidence("2025-06-30-new-achievement", kind: Self.kinds.randomElement(using: &rng)!,
                                            effect: "achieves", milestone: milestone)
        let after = try Self.assess(evidence + [added])
        #expect(after.progress >= before.progress, "progress fell from \(before.progress) to \(after.progress)")
    }

    @Test("an as-of date before all evidence gives not-assessed", arguments: 0..<10)
    func beforeAllEvidence(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed) + 1000)
        let evidence = Self.randomEvidence(&rng, count: 1 + Int(rng.next() % 6))
        let assessment = try Self.assess(evidence, asOf: Day(year: 2017, month: 12, day: 31)!)
        #expect(assessment.status == .notAssessed)
        #expect(assessment.progress == 0)
        #expect(assessment.evidence.isEmpty)
    }

    @Test("known-at ignores evidence recorded later", arguments: 0..<10)
    func knownAtIgnoresLaterRecords(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed) + 2000)
        let early = Self.randomEvidence(&rng, count: 1 + Int(rng.next() % 5))
        let late = ExampleTracker.evidence("2019-05-01-recorded-late", kind: "legislation", effect: "achieves",
                                           milestone: "three", recorded: "2026-06-01")
        let withoutLate = try Self.assess(early, knownAt: Day(year: 2026, month: 1, day: 1)!)
        let withLateButKnownEarlier = try Self.assess(early + [late], knownAt: Day(year: 2026, month: 1, day: 1)!)
        #expect(withLateButKnownEarlier == withoutLate)
        #expect(!withLateButKnownEarlier.evidence.contains("2019-05-01-recorded-late"))
    }

    @Test("the same input gives the same assessment")
    func deterministic() throws {
        var rng = SeededGenerator(seed: 42)
        let evidence = Self.randomEvidence(&rng, count: 12)
        #expect(try Self.assess(evidence) == Self.assess(evidence.reversed()))
    }
}

@Suite("Status rules")
struct StatusRuleTests {
    let milestonesYAML = """
    kind: milestones
    milestones:
      - {id: one, title: One}
    """

    @Test("a standing rejection gives rejected; later progress reverses it")
    func rejection() throws {
        let rejection = ExampleTracker.evidence("2019-01-01-declined", kind: "statement", effect: "rejects")
        let result = ExampleTracker.load(protocol: milestonesYAML, evidence: [rejection])
        let tracker = try #require(result.tracker)
        let evaluator = Evaluator(tracker: tracker)
        #expect(evaluator.assess(tracker.recommendations[0], asOf: Day(year: 2020, month: 1, day: 1)!).status == .rejected)

        let reversal = ExampleTracker.evidence("2021-01-01-change-of-heart", kind: "guidance", effect: "progresses", milestone: "one")
        let later = try #require(ExampleTracker.load(protocol: milestonesYAML, evidence: [rejection, reversal]).tracker)
        let assessment = Evaluator(tracker: later).assess(later.recommendations[0], asOf: Day(year: 2022, month: 1, day: 1)!)
        #expect(assessment.status == .limited)
    }

    @Test("evidence older than stale-after makes the assessment stale")
    func stale() throws {
        let old = ExampleTracker.evidence("2019-01-01-old", effect: "progresses", milestone: "one")
        let tracker = try #require(ExampleTracker.load(protocol: milestonesYAML, evidence: [old]).tracker)
        let evaluator = Evaluator(tracker: tracker)
        #expect(evaluator.assess(tracker.recommendations[0], asOf: Day(year: 2019, month: 6, day: 1)!).stale == false)
        let late = evaluator.assess(tracker.recommendations[0], asOf: Day(year: 2020, month: 6, day: 1)!)
        #expect(late.stale)
        #expect(late.rationale.last?.text.contains("more than 12 months before 2020-06-01") == true)
    }

    @Test("trend compares with an earlier date")
    func trend() throws {
        let first = ExampleTracker.evidence("2019-01-01-start", effect: "progresses", milestone: "one")
        let second = ExampleTracker.evidence("2019-08-01-done", kind: "legislation", effect: "achieves", milestone: "one")
        let tracker = try #require(ExampleTracker.load(protocol: milestonesYAML, evidence: [first, second]).tracker)
        let assessment = Evaluator(tracker: tracker).assess(tracker.recommendations[0], asOf: Day(year: 2019, month: 9, day: 30)!,
                                                            comparedWith: Day(year: 2019, month: 6, day: 30)!)
        #expect(assessment.trend?.direction == .up)
        #expect(assessment.trend?.previousStatus == .limited)
        #expect(assessment.status == .implemented)
    }

    @Test("supersedes drops the earlier evidence once the later one is visible")
    func supersedes() throws {
        let claim = ExampleTracker.evidence("2019-01-01-first-figures", kind: "legislation", effect: "achieves", milestone: "one")
        let correction = ExampleTracker.evidence("2019-03-01-correction", effect: "context")
            .replacingOccurrences(of: "recorded:", with: "supersedes: [2019-01-01-first-figures]\nrecorded:")
        let tracker = try #require(ExampleTracker.load(protocol: milestonesYAML, evidence: [claim, correction]).tracker)
        let evaluator = Evaluator(tracker: tracker)
        #expect(evaluator.assess(tracker.recommendations[0], asOf: Day(year: 2019, month: 2, day: 1)!).status == .implemented)
        #expect(evaluator.assess(tracker.recommendations[0], asOf: Day(year: 2019, month: 4, day: 1)!).status == .noProgress)
    }

    @Test("a chain of supersedes hides each link only once its successor is visible")
    func supersedesChain() throws {
        let first = ExampleTracker.evidence("2019-01-01-first", kind: "legislation", effect: "achieves", milestone: "one")
        let second = ExampleTracker.evidence("2019-03-01-second", kind: "guidance", effect: "progresses", milestone: "one")
            .replacingOccurrences(of: "recorded:", with: "supersedes: [2019-01-01-first]\nrecorded:")
        let third = ExampleTracker.evidence("2019-05-01-third", effect: "context", milestone: "one")
            .replacingOccurrences(of: "recorded:", with: "supersedes: [2019-03-01-second]\nrecorded:")
        let tracker = try #require(ExampleTracker.load(protocol: milestonesYAML, evidence: [first, second, third]).tracker)
        let evaluator = Evaluator(tracker: tracker)
        func visible(_ month: Int) -> [String] {
            evaluator.evaluate(asOf: Day(year: 2019, month: month, day: 15)!).evidence(for: "R1").map(\.id)
        }
        #expect(visible(2) == ["2019-01-01-first"])
        #expect(visible(4) == ["2019-03-01-second"])
        #expect(visible(6) == ["2019-05-01-third"])
        #expect(evaluator.assess(tracker.recommendations[0], asOf: Day(year: 2019, month: 2, day: 15)!).status == .implemented)
        #expect(evaluator.assess(tracker.recommendations[0], asOf: Day(year: 2019, month: 4, day: 15)!).progress == 50)
        #expect(evaluator.assess(tracker.recommendations[0], asOf: Day(year: 2019, month: 6, day: 15)!).status == .noProgress)
    }
}

@Suite("The status follows what is finished")
struct FinishedWorkPropertyTests {
    /// A statistics release reporting turnover for one September.
    static func observation(_ rng: inout SeededGenerator, index: Int) -> String {
        let year = 2018 + Int(rng.next() % 7)
        // Around the target of 10, on both sides of it, with values a hair away from it.
        let values = [9.0, 9.999, 10, 10.0001, 10.002, 11.5, 12, 14, 15, 16]
        let value = values[Int(rng.next() % UInt64(values.count))]
        return """
        id: \(year)-10-0\(1 + index % 9)-stats-\(index)
        date: \(year)-10-0\(1 + index % 9)
        title: Turnover statistics \(index)
        publisher: Example publisher
        kind: statistics
        summary: An example release.
        bears-on:
          - recommendation: R1
            effect: context
        observations:
          - {metric: turnover-rate, period: \(year)-09-30, value: \(value), unit: percent}
        recorded: \(year)-10-0\(1 + index % 9)
        """
    }

    @Test("never implemented with a test unmet or a target unreached; never substantial unless met tests and reached targets carry half the weight",
          arguments: 0..<60)
    func statusNeverOverstates(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed) &+ 7_000)
        var evidence = PropertyTests.randomEvidence(&rng, count: Int(rng.next() % 10))
        for index in 0..<Int(rng.next() % 3) { evidence.append(Self.observation(&rng, index: index)) }
        let a = try PropertyTests.assess(evidence)
        // The protocol: milestones (weights 1, 2, 1) as one part of weight 1, the metric as another part of weight 1.
        let milestoneWeight = a.milestones.reduce(0) { $0 + $1.weight }
        let metWeight = a.milestones.filter { $0.state == .met }.reduce(0) { $0 + $1.weight }
        let reached = a.metrics.allSatisfy { metric in metric.latest.map { $0.value <= metric.target } ?? false }
        let finishedShare = (metWeight / milestoneWeight + (reached ? 1 : 0)) / 2
        let allMet = a.milestones.allSatisfy { $0.state == .met } && reached
        switch a.status {
        case .implemented:
            #expect(allMet, "implemented with \(a.milestones.map(\.state)) and metric \(a.metrics.map { $0.latest?.value ?? .nan })")
            #expect(a.progress == 100)
        case .substantial:
            #expect(!allMet)
            #expect(finishedShare >= 0.5, "substantial with only \(finishedShare) finished: \(a.milestones.map { "\($0.id) \($0.state) \($0.weight)" }) \(a.metrics.map { "\($0.latest?.value ?? .nan) \($0.target)" }) \(a.progress) \(a.reason)")
        case .limited, .noProgress:
            #expect(finishedShare < 0.5 && !allMet)
        case .notAssessed, .rejected:
            break
        }
        if a.status != .implemented { #expect(a.progress < 100, "shows \(a.progress)% though \(a.status.rawValue)") }
    }
}
