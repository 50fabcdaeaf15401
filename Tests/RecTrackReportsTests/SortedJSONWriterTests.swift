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

    @Test("numbers as JSONEncoder writes them", arguments: [0, -0.0, 0.1, 1.5, 15.1, 10, -3, 72670, 1e-7, 1e15, 1e15 - 1, 1e15 + 1, 1e16,
                                                        1e21, 9007199254740992, 123456789012345680, 1.0 / 3, -2.5, -999999999999999,
                                                        Double.ulpOfOne, 5e-324, 1.7976931348623157e308])
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

    @Test("strings with an escape at every place in and around an eight-byte word")
    func escapesAtEveryPlace() throws {
        for special in ["\"", "\\", "\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", " ", "/", "é", "🙂", "\"\\\n"] {
            for place in 0..<24 {
                let text = String(repeating: "a", count: place) + special + String(repeating: "b", count: 23 - place)
                #expect(try Self.written(text) == Self.foundation(text), "\(special.debugDescription) at \(place)")
            }
        }
    }

    /// Members written in an order of its own, for objects whose keys arrive out of order.
    struct Scrambled: Encodable {
        enum Keys: String, CodingKey { case zeta, alpha, Beta, mid, empty, none, alphabet }
        var inner: [Scrambled] = []
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(inner, forKey: .zeta)
            try container.encode("a", forKey: .alpha)
            try container.encode([String: Int](), forKey: .empty)
            try container.encode(["b": 2, "a": 1], forKey: .Beta)
            try container.encode([Int](), forKey: .mid)
            try container.encodeNil(forKey: .none)
            try container.encode(inner.count, forKey: .alphabet)
        }
    }

    @Test("keys that arrive out of order, keys that are escaped, empty objects and arrays, nested")
    func keysOutOfOrder() throws {
        let nested = Scrambled(inner: [Scrambled(), Scrambled(inner: [Scrambled()])])
        #expect(try Self.written(nested) == Self.foundation(nested))
        // Escaped, these sort otherwise than the bytes they stand for: a key sorts by its bytes.
        let keys = ["\n", "A", "\"", "\\", "]", "\u{1F}", "a\tb", "a\u{01}", "a", "", "é", "\u{7F}", "a\\", "a]"]
        let escaped = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, [$1: $0]) })
        #expect(try Self.written(escaped) == Self.foundation(escaped))
        #expect(try Self.written([escaped, [:]]) == Self.foundation([escaped, [:]]))
    }

    /// Writes `keys` in turn, each with its place as the value.
    struct Members: Encodable {
        struct Key: CodingKey {
            var stringValue: String
            init(stringValue: String) { self.stringValue = stringValue }
            var intValue: Int? { nil }
            init?(intValue: Int) { nil }
        }
        var keys: [String]
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (place, key) in keys.enumerated() { try container.encode(place, forKey: Key(stringValue: key)) }
        }
    }

    @Test("a repeated key, next to itself or not, is left to JSONEncoder", arguments: [["a", "a"], ["a", "b", "a"], ["b", "a", "b"], ["\n", "\n"]])
    func repeatedKey(_ keys: [String]) throws {
        #expect(throws: SortedJSONWriter.Unsupported.self) { try SortedJSONWriter.write(Members(keys: keys)) }
        #expect(JSONOutput.encode(Members(keys: keys)) == (try Self.foundation(Members(keys: keys))) + "\n")
        // Each key once, in the order first written: the same value for both writers (two Sets of the same keys may
        // list them in different orders, as each is seeded by its own storage).
        var seen = Set<String>()
        let unique = Members(keys: keys.filter { seen.insert($0).inserted })
        #expect(try Self.written(unique) == Self.foundation(unique))
    }

    /// Keeps the container of the value that holds it, for the value inside to write into.
    final class Kept: @unchecked Sendable {
        var container: KeyedEncodingContainer<Members.Key>?
    }

    /// Writes into its parent's container from inside its own value.
    struct Intruder: Encodable {
        let kept: Kept
        func encode(to encoder: any Encoder) throws {
            var parents = kept.container
            try parents?.encode(1, forKey: Members.Key(stringValue: "intruder"))
            var own = encoder.singleValueContainer()
            try own.encode(2)
        }
    }

    struct Parent: Encodable {
        let kept = Kept()
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Members.Key.self)
            kept.container = container
            try container.encode(Intruder(kept: kept), forKey: Members.Key(stringValue: "child"))
        }
    }

    /// Asks for a keyed container, then an unkeyed one, of one value.
    struct Mixed: Encodable {
        func encode(to encoder: any Encoder) throws {
            var keyed = encoder.container(keyedBy: Members.Key.self)
            try keyed.encode(1, forKey: Members.Key(stringValue: "a"))
            var unkeyed = encoder.unkeyedContainer()
            try unkeyed.encode(2)
        }
    }

    @Test("a container used while another value is being written, or two kinds of container for one value, are refused")
    func misusedContainers() throws {
        #expect(throws: SortedJSONWriter.Unsupported.self) { try SortedJSONWriter.write(Parent()) }
        #expect(throws: SortedJSONWriter.Unsupported.self) { try SortedJSONWriter.write(Mixed()) }
        #expect(throws: SortedJSONWriter.Unsupported.self) { try SortedJSONWriter.write([Mixed()]) }
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

    /// Every assessment of a fixture tracker (`shipped`, `hostile` or `several-reports`) at two dates, each also as the
    /// status writes it (each metric state naming its series).
    static func fixtureAssessments(_ name: String) throws -> [Assessment] {
        let tracker = switch name {
        case "shipped": try ShippedTracker.load()
        case "hostile": try HostileFixture.tracker()
        default: try #require(TrackerLoader(registry: BuiltinProtocols.registry, today: FixedToday.day).load(root: Fixtures.severalReports.path).tracker)
        }
        return [Day(year: 2017, month: 1, day: 1)!, FixedToday.day].flatMap { asOf in
            let assessments = Evaluator(tracker: tracker).assessAll(asOf: asOf, comparedWith: Quarter(containing: asOf).previous.lastDay)
            return StatusDocument(tracker: tracker, assessments: assessments, asOf: asOf, knownAt: nil).assessments + assessments
        }
    }

    @Test("every assessment's members arrive in key order, so that none is moved", arguments: ["shipped", "hostile", "several-reports"])
    func assessmentsArriveInKeyOrder(_ name: String) throws {
        for assessment in try Self.fixtureAssessments(name) {
            let output = SortedJSONWriter.Output(direct: false)
            try output.write(assessment, depth: 2)
            #expect(output.rearranged == 0, "\(assessment.recommendation) as of \(assessment.asOf)")
        }
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
