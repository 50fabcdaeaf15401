import Testing
import RecTrackCore
import RecTrackProtocols
import RecTrackReports
import RecTrackTestSupport

@Suite("JSON output encoded on all cores is the one-piece encoding, byte for byte")
struct JSONOutputTests {
    @Test(arguments: ["shipped", "hostile"])
    func statusDocumentsMatch(_ name: String) throws {
        let tracker = name == "shipped" ? try ShippedTracker.load() : try HostileFixture.tracker()
        for asOf in [Day(year: 2017, month: 1, day: 1)!, FixedToday.day] {
            let assessments = Evaluator(tracker: tracker).assessAll(asOf: asOf, comparedWith: Quarter(containing: asOf).previous.lastDay)
            let document = StatusDocument(tracker: tracker, assessments: assessments, asOf: asOf, knownAt: nil)
            let whole = JSONOutput.encode(document)
            #expect(JSONOutput.encode(document, items: \.assessments, key: "assessments") == whole)
            #expect(whole.contains("\"assessments\" : [\n    {\n"))
        }
    }

    @Test func oneOrNoItemsAreEncodedInOnePiece() throws {
        let tracker = try ShippedTracker.load()
        let assessments = Evaluator(tracker: tracker).assessAll(asOf: FixedToday.day)
        for count in [0, 1, 2] {
            let document = StatusDocument(tracker: tracker, assessments: Array(assessments.prefix(count)), asOf: FixedToday.day, knownAt: nil)
            #expect(JSONOutput.encode(document, items: \.assessments, key: "assessments") == JSONOutput.encode(document))
        }
    }
}
