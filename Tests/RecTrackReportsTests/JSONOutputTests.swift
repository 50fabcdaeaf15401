import Foundation
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

    @Test("the status in every format, as UTF-8 to write out, is its text", arguments: ["shipped", "hostile"])
    func statusAsUTF8(_ name: String) throws {
        let tracker = name == "shipped" ? try ShippedTracker.load() : try HostileFixture.tracker()
        let status = StatusRenderer(tracker: tracker, assessments: Evaluator(tracker: tracker).assessAll(asOf: FixedToday.day),
                                    asOf: FixedToday.day, knownAt: nil)
        for format in StatusFormat.allCases {
            #expect(status.renderUTF8(format) == Array(status.render(format).utf8), "\(format)")
            #expect(Array(status.renderPieces(format).joined()) == Array(status.render(format).utf8), "\(format) in pieces")
        }
        // The JSON of many recommendations comes as the shell around the array and two pieces an assessment.
        #expect(status.renderPieces(.json).count == 2 * status.assessments.count + 5)
    }

    @Test func oneOrNoItemsAreEncodedInOnePiece() throws {
        let tracker = try ShippedTracker.load()
        let assessments = Evaluator(tracker: tracker).assessAll(asOf: FixedToday.day)
        for count in [0, 1, 2] {
            let document = StatusDocument(tracker: tracker, assessments: Array(assessments.prefix(count)), asOf: FixedToday.day, knownAt: nil)
            #expect(JSONOutput.encode(document, items: \.assessments, key: "assessments") == JSONOutput.encode(document))
        }
    }

    /// A document whose items the writer leaves to JSONEncoder where they hold a web address.
    struct Listing: Encodable {
        struct Item: Encodable, Sendable {
            var name: String
            var address: URL?
            var tags: [String: [Int]]
        }
        var title = "t"
        var items: [Item]
        var zeta: [String: Int] = ["b": 2, "a": 1]
    }

    @Test("items written by either encoder, the one-piece way and on all cores alike")
    func itemsOfEitherEncoder() throws {
        let items = (0..<5).map { index in
            Listing.Item(name: "item \(index) \"quoted\"\n", address: index.isMultiple(of: 2) ? URL(string: "https://example.org/\(index)/") : nil,
                         tags: index == 3 ? [:] : ["z": [index], "a": []])
        }
        for listing in [Listing(items: items), Listing(items: items.filter { $0.address == nil }), Listing(items: items.filter { $0.address != nil })] {
            let whole = JSONOutput.encode(listing)
            #expect(JSONOutput.encode(listing, items: \.items, key: "items") == whole)
            #expect(whole == (try SortedJSONWriterTests.foundation(listing)) + "\n")
        }
    }
}
