import Testing
@testable import RecTrackCore

@Suite("Finding a separator by bytes in ASCII text")
struct FirstRangeInASCIITests {
    static let texts = [
        "", ".", ". ", "No stop here", "First. Second. Third", "Ends with a stop. ", "a;b; c; d. e",
        "Policy statement: children's homes; next steps", "Twice: once: twice", "\r\n. \r\n; ",
        "Curly “quotes”. Then more", "café. Next", "Greek question mark\u{037E} then; more",
        "e\u{301}. accent combined", ".\u{301} stop with a mark", "stop. \u{301}space with a mark; then",
    ]

    @Test(arguments: texts, [". ", "; ", ": "])
    func findsWhatTheSearchByCharactersFinds(_ text: String, _ separator: String) {
        let fast = text.firstRange(ofInASCII: separator)
        let slow = text.firstRange(of: separator)
        #expect(fast == slow)
        if let fast { #expect(text[fast] == separator) }
    }

    @Test func findsTheFirstOfSeveral() throws {
        let text = "One. Two. Three"
        let range = try #require(text.firstRange(ofInASCII: ". "))
        #expect(text[..<range.lowerBound] == "One")
    }

    @Test func readsTheGreekQuestionMarkAsASemicolonAsCharactersDo() throws {
        let text = "Why\u{037E} because"
        let range = try #require(text.firstRange(ofInASCII: "; "))
        #expect(text[..<range.lowerBound] == "Why")
    }
}
