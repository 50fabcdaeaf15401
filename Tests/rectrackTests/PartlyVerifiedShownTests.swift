import Foundation
import RecTrackTestSupport
import Testing

/// Evidence whose source could be checked only in part says so wherever `show` cites it, in text and in JSON, not only
/// on the site: a verdict resting on it carries the doubt beside it.
@Suite("Partly verified evidence is marked where it is cited")
struct PartlyVerifiedShownTests {
    @Test("show R2 marks the undated written answer's two files in its reasons and its timeline, and the JSON says confidence partly")
    func showMarksPartly() throws {
        let text = try BinaryRunner.run(["show", "R2", "--as-of", "2026-11-30"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("2026-02-09-local-government-finance-settlement-response, partly verified"), "\(text.stdout)")
        #expect(text.stdout.contains("[consultation-response; progresses long-term-ring-fenced; partly verified]"))
        let json = try BinaryRunner.run(["show", "R2", "--as-of", "2026-11-30", "--format", "json"])
        let view = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let timeline = try #require(view["timeline"] as? [[String: Any]])
        let settlement = try #require(timeline.first { $0["id"] as? String == "2026-02-09-local-government-finance-settlement-response" })
        #expect(settlement["confidence"] as? String == "partly")
        let verified = try #require(timeline.first { $0["id"] as? String == "2025-03-20-families-first-partnership-programme-guide" })
        #expect(verified["confidence"] == nil)
    }
}
