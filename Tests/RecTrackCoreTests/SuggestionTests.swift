import Testing
import RecTrackCore

@Suite("Did you mean")
struct SuggestionTests {
    @Test func closeWords() {
        #expect(Suggestion.closest(to: "bears_on", in: ["bears-on", "id", "date"]) == "bears-on")
        #expect(Suggestion.closest(to: "sumary", in: ["summary", "supersedes"]) == "summary")
        #expect(Suggestion.closest(to: "recieved", in: ["recorded"]) == nil)
        #expect(Suggestion.closest(to: "colour", in: ["id", "date"]) == nil)
        #expect(Suggestion.didYouMean("progress", in: ["progresses", "achieves"]) == " Did you mean 'progresses'?")
    }

    @Test func numberedRecommendations() {
        #expect(RecommendationReference.hint("R13", known: (1...12).map { "R\($0)" }) == " The tracker has R1 to R12.")
    }
}
