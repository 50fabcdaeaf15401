import Foundation
import Testing
import RecTrackCore
import RecTrackProtocols
@testable import RecTrackReports
import RecTrackTestSupport

/// ``SortedJSONWriter`` must write what `JSONEncoder` writes with the options ``JSONOutput`` uses, byte for byte,
/// and leave to `JSONEncoder` what it does not write the same way.
@Suite("The JSON writer writes JSONEncoder's text")
struct SortedJSONWriterTests {
    static func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func written<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try SortedJSONWriter.write(value), as: UTF8.self)
    }

    /// One of each kind of value: scalars, nil, empty and nested containers, a raw-value enum, a custom encoding.
    struct Sample: Encodable {
        var text: String, number: Double, count: Int, flag: Bool, missing: String?
        var list: [Int?], empty: [String], emptyObject: [String: Int], nested: [[String: [Double]]]
        var status: Status, day: Day
    }

    @Test("strings with every ASCII character and text beyond it")
    func strings() throws {
        let ascii = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        for text in [ascii, "é — 🙂 \u{2028}\u{2029} \u{FEFF} / \\ \" ", "", "ü"] {
            #expect(try Self.written(text) == Self.foundation(text))
            #expect(try Self.written([text: text]) == Self.foundation([text: text]))
        }
    }

    @Test("numbers as JSONEncoder writes them", arguments: [0, -0.0, 0.1, 1.5, 15.1, 10, 72670, 1e-7, 1e15, 1e16, 1e21,
                                                        123456789012345680, 1.0 / 3, -2.5, Double.ulpOfOne, 5e-324, 1.7976931348623157e308])
    func numbers(_ value: Double) throws {
        #expect(try Self.written(value) == Self.foundation(value))
        #expect(try Self.written(["n": value]) == Self.foundation(["n": value]))
        let whole = Int(min(value.magnitude, 1e18))
        #expect(try Self.written([whole, -whole]) == Self.foundation([whole, -whole]))
    }

    @Test("keys in JSONEncoder's order, empty and nested containers, nil, enums and dates")
    func structure() throws {
        let keys = ["a10", "a2", "B", "a", "_x", "é", "Z", "aB", "ab", "a-b", "a_b", "A", "", "10", "9"]
        let dictionary = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        #expect(try Self.written(dictionary) == Self.foundation(dictionary))
        let sample = Sample(text: "x/y", number: 2.25, count: -3, flag: true, missing: nil, list: [1, nil, 3], empty: [],
                            emptyObject: [:], nested: [["b": [], "a": [1, 2.5]], [:]], status: .limited,
                            day: Day(year: 2024, month: 2, day: 29)!)
        let (mine, theirs) = (try Self.written(sample), try Self.foundation(sample))
        #expect(mine == theirs)
        #expect(try Self.written([sample, sample]) == Self.foundation([sample, sample]))
        let empty: [Sample] = []
        #expect(try Self.written(empty) == Self.foundation(empty))
    }

    struct Nesting: Encodable {
        enum Keys: String, CodingKey { case outer, inner }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var inner = container.nestedContainer(keyedBy: Keys.self, forKey: .outer)
            try inner.encode(1, forKey: .inner)
        }
    }

    @Test("what it does not write the same way is left to JSONEncoder")
    func fallsBack() throws {
        #expect(throws: SortedJSONWriter.Unsupported.self) { try SortedJSONWriter.write(Nesting()) }
        #expect(JSONOutput.encode(Nesting()) == (try Self.foundation(Nesting())) + "\n")
        let address = URL(string: "https://example.org/a/b")!
        #expect(throws: SortedJSONWriter.Unsupported.self) { try SortedJSONWriter.write(["url": address]) }
        #expect(JSONOutput.encode(["url": address]) == (try Self.foundation(["url": address])) + "\n")
        #expect(throws: SortedJSONWriter.Unsupported.self) { try SortedJSONWriter.write([Double.nan]) }
    }

    @Test("every status document and show view of the shipped and hostile trackers", arguments: ["shipped", "hostile"])
    func documents(_ name: String) throws {
        let tracker = name == "shipped" ? try ShippedTracker.load() : try HostileFixture.tracker()
        for asOf in [Day(year: 2017, month: 1, day: 1)!, FixedToday.day] {
            let data = AssessedTracker.assessing(tracker, asOf: asOf)
            let document = StatusDocument(tracker: tracker, assessments: data.entries.map(\.assessment), asOf: asOf, knownAt: nil)
            #expect(try Self.written(document) == Self.foundation(document))
            let byID = RecommendationView.evidenceByID(data.tracker)
            for entry in data.entries {
                let view = RecommendationView(entry, in: data.tracker, evidenceByID: byID)
                #expect(try Self.written(view) == Self.foundation(view), "\(entry.recommendation.id)")
                #expect(try Self.written(entry.assessment) == Self.foundation(entry.assessment), "\(entry.recommendation.id)")
            }
        }
    }
}
