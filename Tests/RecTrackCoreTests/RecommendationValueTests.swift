import Testing
@testable import RecTrackCore

@Suite("A recommendation is a value: changing a copy never changes the original")
struct RecommendationValueTests {
    @Test func aChangedCopyLeavesTheOriginalAlone() throws {
        let original = try #require(TestTracker().load().tracker?.recommendations.first)
        let (title, owners, fingerprint) = (original.title, original.owners, original.protocolFingerprint)
        var copy = original
        copy.title = "Another title"
        copy.owners.append("LGA")
        copy.protocolFingerprint = "given"
        let qualified = original.qualifiedByReport()
        #expect(original.title == title)
        #expect(original.owners == owners)
        #expect(original.protocolFingerprint == fingerprint && !fingerprint.isEmpty)
        #expect(original.id == original.shortID)
        #expect(copy.title == "Another title")
        #expect(copy.owners == owners + ["LGA"])
        #expect(copy.protocolFingerprint == "given")
        #expect(qualified.id == "\(original.report):\(original.shortID)" && qualified.title == title)
    }
}
