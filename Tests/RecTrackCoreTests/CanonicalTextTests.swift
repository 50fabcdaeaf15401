import Testing
@testable import RecTrackCore

struct CanonicalTextTests {
    private func canonical(_ text: String) throws -> String {
        try YAMLParser.parse(Array(text.utf8)).canonicalText
    }

    @Test("Key order and quoting style do not change the text; list order does")
    func order() throws {
        let a = try canonical("kind: milestones\nmilestones:\n  - {id: a, title: 'A'}\n  - {id: b, title: B}\n")
        let b = try canonical("milestones:\n  - {title: A, id: a}\n  - {title: \"B\", id: b}\nkind: milestones\n")
        let c = try canonical("kind: milestones\nmilestones:\n  - {id: b, title: B}\n  - {id: a, title: A}\n")
        #expect(a == b)
        #expect(a != c)
        #expect(a == #"{"kind":"milestones","milestones":[{"id":"a","title":"A"},{"id":"b","title":"B"}]}"#)
    }

    @Test("Nulls, escapes, tabs and line breaks are written unambiguously; other control characters never get this far")
    func escapes() throws {
        #expect(try canonical("a: ~\nb: 'null'\nc: \"x\\\"y\\\\z\\n\\t\"\n")
                == #"{"a":null,"b":"null","c":"x\"y\\z\n\t"}"#)
        #expect(throws: YAMLError.self) { try canonical("c: \"\\u0001\"\n") }
        // Written byte by byte: characters beyond ASCII are copied whole, never escaped or split.
        #expect(try canonical("d: \"é — 🙂\\t\"\nÅ: ü\n") == #"{"d":"é — 🙂\t","Å":"ü"}"#)
    }

    @Test("Recommendations carry their protocol's canonical text; a changed parameter changes it")
    func fingerprint() throws {
        var tracker = TestTracker()
        let first = try #require(tracker.load().tracker)
        #expect(first.recommendations[0].protocolFingerprint.hasPrefix(#"{"kind":"fixed-credit""#))
        #expect(first.recommendations[0].protocolFingerprint.contains(#""partial-credit":"0.5""#))
        tracker.files["Recommendations/R01.yaml"] = TestTracker.recommendation(1, partialCredit: "0.25")
        let second = try #require(tracker.load().tracker)
        #expect(first.recommendations[0].protocolFingerprint != second.recommendations[0].protocolFingerprint)
        #expect(first.recommendations[1].protocolFingerprint == second.recommendations[1].protocolFingerprint)
    }
}
