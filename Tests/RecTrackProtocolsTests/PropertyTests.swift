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
