import Foundation
import RecTrackCore
import RecTrackReports
import RecTrackTestSupport
import Testing

/// What MPs read says what happened, not how the tracker found it out: no published output of the shipped tracker
/// speaks of the tracker's own sources or process. Those words belong in working notes.
@Suite("Published text is public text")
struct PublishedTextTests {
    /// Words that only make sense to the secretariat.
    static let processWords = ["fact sheet", "factsheet", "re-hosted", "rehosted", "mirror", "the sheet", "working note", "working-note",
                               "we could not trace", "not verified", "the secretariat"]

    static func published() throws -> [(name: String, text: String)] {
        let tracker = try ShippedTracker.load()
        let data = AssessedTracker.assessing(tracker, asOf: FixedToday.shippedTracker)
        var outputs: [(String, String)] = try SiteRenderer(data).render().map { ($0.path, $0.contents) }
        outputs.append(("brief.md", BriefRenderer(data).render()))
        let status = StatusRenderer(tracker: tracker, assessments: data.assessments, asOf: data.asOf, knownAt: nil)
        for format in StatusFormat.allCases { outputs.append(("status.\(format.rawValue)", status.render(format))) }
        let byID = RecommendationView.evidenceByID(tracker)
        for entry in data.entries {
            outputs.append(("show-\(entry.recommendation.id).json", JSONOutput.encode(RecommendationView(entry, in: tracker, evidenceByID: byID))))
        }
        return outputs
    }

    @Test("no page, brief, table or JSON speaks of the tracker's own sources or process")
    func noProcessWords() throws {
        let outputs = try Self.published()
        #expect(outputs.count > 20)
        for (name, text) in outputs {
            let lowered = text.lowercased()
            for word in Self.processWords {
                #expect(!lowered.contains(word), "\(name) says '\(word)'")
            }
        }
    }
}
