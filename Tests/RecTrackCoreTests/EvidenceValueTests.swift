import Testing
import RecTrackCore

@Suite("Evidence is a value: changing a copy never changes the original")
struct EvidenceValueTests {
    @Test func aChangedCopyLeavesTheOriginalAlone() {
        let original = Evidence(id: "2020-01-15-strategy-published", date: FactDate("2020-01-15")!, title: "The strategy",
                                publisher: "DfE", kind: .guidance, summary: "Published.",
                                bearings: [Bearing(recommendation: "R6", milestone: "published", effect: .achieves)],
                                recorded: Day("2020-02-01")!, path: "Evidence/2020/2020-01-15-strategy-published.yaml")
        var copy = original
        copy.title = "Another title"
        copy.bearings.append(Bearing(recommendation: "R1", effect: .context))
        let shared = original
        #expect(original.title == "The strategy")
        #expect(original.bearings.count == 1)
        #expect(copy.title == "Another title")
        #expect(copy.bearings.map(\.recommendation) == ["R6", "R1"])
        #expect(shared.title == original.title)
        #expect(original.keyLocations["id"] == nil)
    }
}
