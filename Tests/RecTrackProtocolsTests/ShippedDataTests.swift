import Foundation
import Testing
import RecTrackCore
import RecTrackProtocols
import RecTrackTestSupport

/// The assessments of the shipped data, reduced to what a reviewer must see change:
/// status, progress, response, staleness, cited evidence and each milestone's state.
struct ReviewedAssessment: Codable, Equatable {
    var recommendation: String
    var status: String
    var progress: Double
    var response: String?
    var stale: Bool
    var milestones: [String: String]
    var evidence: [String]

    init(_ assessment: Assessment) {
        recommendation = assessment.recommendation
        status = assessment.status.rawValue
        progress = assessment.progress
        response = assessment.response?.rawValue
        stale = assessment.stale
        milestones = Dictionary(assessment.milestones.map { ($0.id, $0.state.rawValue) }, uniquingKeysWith: { a, _ in a })
        evidence = assessment.evidence
    }
}

@Suite("The shipped tracker")
struct ShippedDataTests {
    static let expected = Fixtures.inPackage("Tests/Expected/shipped-assessments.json")
    /// The date the reviewed file is assessed at: the day the tests judge the shipped tracker at, which moves
    /// forward together with the file.
    static let reviewedAt = FixedToday.shippedTracker

    static func load() -> LoadResult {
        TrackerLoader(registry: BuiltinProtocols.registry, today: reviewedAt).load(root: Fixtures.packageRoot.path)
    }

    @Test("Recommendations/ and Evidence/ validate with no errors and no warnings")
    func validatesClean() {
        let result = Self.load()
        #expect(result.diagnostics.diagnostics.map(\.formatted) == [])
        #expect(result.tracker?.recommendations.count == 12)
    }

    @Test("every recommendation has at least three evidence files and a reason")
    func evidencePerRecommendation() throws {
        let tracker = try #require(Self.load().tracker)
        for entry in Evaluator(tracker: tracker).evaluate(asOf: Self.reviewedAt).entries {
            let (recommendation, bearing, assessment) = (entry.recommendation, entry.evidence, entry.assessment)
            #expect(bearing.count >= 3, "\(recommendation.id) has \(bearing.count) evidence files")
            #expect(assessment.status != .notAssessed)
            #expect(!assessment.reason.isEmpty)
        }
    }

    @Test("no shipped status overstates: implemented only with every test met and target reached, substantial only when met tests and reached targets carry half the weight")
    func statusesNeverOverstate() throws {
        let tracker = try #require(Self.load().tracker)
        for entry in Evaluator(tracker: tracker).evaluate(asOf: Self.reviewedAt).entries {
            let a = entry.assessment
            let reached = a.metrics.map { metric in
                metric.latest.map { metric.direction == .down ? $0.value <= metric.target : $0.value >= metric.target } ?? false
            }
            let allMet = a.milestones.allSatisfy { $0.state == .met } && reached.allSatisfy { $0 }
            // Every shipped protocol is all-of a milestones part and at most one metric part, of equal weight.
            let milestoneWeight = a.milestones.reduce(0) { $0 + $1.weight }
            let milestoneShare = a.milestones.filter { $0.state == .met }.reduce(0) { $0 + $1.weight } / milestoneWeight
            let parts = [milestoneShare] + reached.map { $0 ? 1.0 : 0.0 }
            let finished = parts.reduce(0, +) / Double(parts.count)
            if a.status == .implemented { #expect(allMet, "\(a.recommendation) is implemented with something unfinished") }
            if a.status == .substantial { #expect(finished >= 0.5, "\(a.recommendation) is substantial with \(finished) finished") }
            if a.status == .limited || a.status == .noProgress { #expect(finished < 0.5 && !allMet, "\(a.recommendation) understates") }
            if a.status != .implemented { #expect(a.progress < 100) }
        }
    }

    @Test("R6's in-force milestone carries the government's date for the early career standards, not yet due (#18)")
    func shippedDeadline() throws {
        let tracker = try #require(Self.load().tracker)
        let entry = try #require(Evaluator(tracker: tracker).evaluate(asOf: Self.reviewedAt).entry(for: "R6"))
        let deadline = try #require(entry.assessment.milestones.first { $0.id == "strategy-in-force" }?.deadline)
        #expect(deadline.deadline.date == FactDate("2027-04-01"))
        #expect(deadline.deadline.origin == TargetOrigin(setBy: .government, evidence: "2026-02-18-child-and-family-social-worker-early-career-standards"))
        #expect(deadline.standing == .notDue)
        let later = Evaluator(tracker: tracker).assess(entry.recommendation, asOf: Day("2027-04-02")!)
        #expect(later.deadlines.first?.standing == .pastDue)
        // The multi-agency child protection team regulations, "aimed to come into force in late 2027": due by the end of 2027.
        let paper = try #require(tracker.evidence.first { $0.id == "2026-01-07-multi-agency-child-protection-teams-regulation-making-powers" })
        #expect(paper.due == FactDate("2027") && paper.due?.latest == Day("2027-12-31"))
    }

    @Test("no evidence cites an address on a mirror or document-copy site")
    func noMirrors() throws {
        let tracker = try #require(Self.load().tracker)
        let banned = ["lagosclothing.com", "limitlesscommunitycare.org", "sankofacare.co.uk", "hmsarwar.com", "comparemela.com",
                      "narrativecare.org", "pulse.assent1.com", "vdocument", "fdocuments", "cupdf", "pdfslide", "slidelegend",
                      "paperzz", "docslib", "scribd"]
        for evidence in tracker.evidence {
            guard let url = evidence.url else { continue }
            #expect(!banned.contains { url.contains($0) }, "\(evidence.id) cites \(url)")
        }
    }

    /// Fails when the data or the code changes any status, progress, response or cited evidence
    /// without `Tests/Expected/shipped-assessments.json` changing in the same commit.
    /// Review the change, then rewrite the file with `RECORD_SNAPSHOTS=1 swift test --filter ShippedData`.
    @Test("the assessments match the reviewed expected file")
    func matchesReviewedFile() throws {
        let tracker = try #require(Self.load().tracker)
        let actual = Evaluator(tracker: tracker).assessAll(asOf: Self.reviewedAt).map(ReviewedAssessment.init)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if Golden.isRecording {
            try (encoder.encode(actual) + Data("\n".utf8)).write(to: Self.expected)
        }
        let expected = try JSONDecoder().decode([ReviewedAssessment].self, from: Data(contentsOf: Self.expected))
        #expect(actual.count == expected.count)
        for (a, e) in zip(actual, expected) {
            #expect(a == e, "\(a.recommendation) changed: review it, then RECORD_SNAPSHOTS=1 swift test --filter ShippedData")
        }
    }

    @Test("every shipped figure falls on a period of its metric's frequency")
    func shippedFiguresFollowTheirFrequency() throws {
        let tracker = try #require(Self.load().tracker)
        let withFrequency = tracker.metrics.metrics.filter { $0.frequency != nil }
        #expect(withFrequency.count >= 12)
        for evidence in tracker.evidence {
            for observation in evidence.observations {
                guard let frequency = tracker.metrics.metric(observation.metric)?.frequency else { continue }
                #expect(frequency.latestPeriod(onOrBefore: observation.period) == observation.period,
                        "\(evidence.id): \(observation.metric) at \(observation.period) is not a period of its frequency")
            }
        }
    }
}
