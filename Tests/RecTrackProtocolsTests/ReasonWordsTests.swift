import Foundation
@testable import RecTrackCore
import RecTrackProtocols
import RecTrackTestSupport
import Testing

/// The one-line reason says only what its sources say: a title keeps its own first letter, and the note's first
/// clause never stops inside an abbreviation.
@Suite("A reason's words are its sources' words")
struct ReasonWordsTests {
    static func reason(title: String, note: String?) throws -> String {
        var text = ExampleTracker.evidence("2020-01-15-example", effect: "achieves", milestone: "a")
            .replacingOccurrences(of: "title: Evidence 2020-01-15-example", with: "title: \(title)")
        if let note { text = text.replacingOccurrences(of: "    effect: achieves", with: "    effect: achieves\n    note: \(note)") }
        let result = ExampleTracker.load(protocol: "kind: milestones\nmilestones: [{id: a, title: A}]", evidence: [text])
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.diagnostics.map(\.formatted))")
        let tracker = try #require(result.tracker)
        return Evaluator(tracker: tracker).assess(tracker.recommendations[0], asOf: Day("2021-01-01")!).reason
    }

    @Test("a title's own first letter is kept at the start of the reason", arguments: ["iPad guidance", "www.example.org review", "eBay statement"])
    func titleKeepsItsCase(_ title: String) throws {
        #expect(try Self.reason(title: title, note: nil).hasPrefix(title + " (Jan 2020): "))
    }

    @Test("the note is cut at its first sentence's end, not at an abbreviation, an initial or a number")
    func firstSentence() throws {
        #expect(KeyEvent.firstSentence("First sentence e.g. this. Second sentence here; third clause.") == "First sentence e.g. this")
        #expect(KeyEvent.firstSentence("Announced by the Dept. for Education. More.") == "Announced by the Dept. for Education")
        #expect(KeyEvent.firstSentence("Signed by J. Smith at No. 10. Then more.") == "Signed by J. Smith at No. 10")
        #expect(KeyEvent.firstSentence("1. ordered first") == "1. ordered first")
        #expect(KeyEvent.firstSentence("Funded; then delayed.") == "Funded")
        #expect(KeyEvent.firstSentence("One sentence.") == "One sentence")
        #expect(KeyEvent.firstSentence("Two. Sentences.") == "Two")
        #expect(KeyEvent.firstSentence("Published in March 2024. Then revised.") == "Published in March 2024")
    }

    @Test("a reason resting on evidence checked only in part says so")
    func partlyVerified() throws {
        var text = ExampleTracker.evidence("2020-01-15-example", effect: "achieves", milestone: "a")
            .replacingOccurrences(of: "title: Evidence 2020-01-15-example", with: "title: Example")
        text = text.replacingOccurrences(of: "summary:", with: "confidence: partly\nsummary:")
        let result = ExampleTracker.load(protocol: "kind: milestones\nmilestones: [{id: a, title: A}]", evidence: [text])
        let tracker = try #require(result.tracker)
        let reason = Evaluator(tracker: tracker).assess(tracker.recommendations[0], asOf: Day("2021-01-01")!).reason
        #expect(reason == "Example (Jan 2020): meets “A” (partly verified).", "\(reason)")
    }

    @Test("a note with no words before its first stop gives the words rectrack would use without a note")
    func emptyFirstSentence() throws {
        let reason = try Self.reason(title: "Example", note: "'.'")
        #expect(reason == "Example (Jan 2020): meets “A”.", "\(reason)")
    }
}
