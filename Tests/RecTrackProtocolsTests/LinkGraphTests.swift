import RecTrackCore
import RecTrackTestSupport
import Testing

/// The lineage of every recommendation is built once per tracker, each link read once, however many records link
/// to each other; work is counted, not timed.
@Suite("Link graph")
struct LinkGraphTests {
    /// A tracker of `count` recommendations made from the base tracker's R1: each repeats the one before it, relates
    /// to the one half its number, and builds on a call outside the tracker.
    private func chain(of count: Int) throws -> (tracker: Tracker, links: Int) {
        let base = try #require(BaseTracker.loader.load(root: Fixtures.baseTracker.path).tracker)
        let outside = RecommendationLink.OutsideCall(title: "An earlier review", publisher: "A committee", url: "https://example.org/review")
        var links = 0
        let recommendations = (1...count).map { number -> Recommendation in
            var recommendation = base.recommendations[0]
            recommendation.id = "R\(number)"
            recommendation.shortID = recommendation.id
            recommendation.number = number
            recommendation.links = [RecommendationLink(kind: .buildsOn, target: .outside(outside), date: FactDate(Day(year: 2015, month: 1, day: 1)!), note: "Builds on it.")]
            if number > 1 { recommendation.links.append(RecommendationLink(kind: .repeats, target: .recommendation("R\(number - 1)"), date: nil, note: "Asks again.")) }
            if number > 2 { recommendation.links.append(RecommendationLink(kind: .relatesTo, target: .recommendation("R\(number / 2)"), date: nil, note: "Related.")) }
            links += recommendation.links.count
            return recommendation
        }
        let tracker = Tracker(root: base.root, report: base.report, owners: base.owners, metrics: base.metrics,
                              recommendations: recommendations, evidence: [])
        return (tracker, links)
    }

    @Test("building every lineage reads each link once, at 1,000 and at 4,000 recommendations", arguments: [1_000, 4_000])
    func linear(_ count: Int) throws {
        let (tracker, links) = try chain(of: count)
        #expect(tracker.links.linksRead == links, "each link is read once, whatever the tracker's size")
        var entries = 0
        for recommendation in tracker.recommendations { entries += Lineage(of: recommendation, in: tracker).entries.count }
        // Each lineage holds the recommendation itself, each outside call once, and each link between two records at both ends.
        let between = links - count
        #expect(entries == count + count + 2 * between)
        #expect(tracker.links.linksRead == links, "asking for every lineage reads no link again")
    }

    @Test("the inverse side is found by the target's key: R2 is repeated by R3 and related to by R4 and R5 (one report, so all on its date)")
    func inverse() throws {
        let (tracker, _) = try chain(of: 6)
        let lineage = Lineage(of: tracker.recommendations[1], in: tracker)
        let calls = lineage.entries.compactMap { entry -> String? in
            guard let kind = entry.kind else { return "itself" }
            switch entry.call {
            case .recommendation(let id, _, _, _): return "\(kind.rawValue) \(id)"
            case .outside(let call): return "\(kind.rawValue) \(call.title)"
            }
        }
        #expect(calls == ["builds-on An earlier review", "repeats R1", "itself", "relates-to R4", "relates-to R5", "repeated-by R3"],
                "on the report's date, related calls come before later ones")
    }
}
