import Testing
@testable import RecTrackReports

@Suite("Terminal text is measured, cut and trimmed by bytes only where bytes and Characters agree")
struct TerminalTextMeasureTests {
    static let texts = [
        "", " ", "   ", "plain", "plain  ", "  both  ", "a\r\nb", "\r\n", "ends\r\n ", "tab\t ", "e\u{301} ", "e\u{301}",
        "\u{600} ", "x\u{600} ", "\u{600}  ", "██░░ 50%", "café  ", "👩‍👩‍👧 family ", "emoji 👍🏽 ", "R1 ", "\u{1B}[1mbold\u{1B}[0m  ",
        "Reduce churn in the children's social work system", "“quoted” ",
    ]

    @Test(arguments: texts)
    func countsWhatCharactersCount(_ text: String) {
        #expect(TextTable.characterCount(text) == text.count)
    }

    @Test(arguments: texts)
    func trimsWhatCharactersTrim(_ text: String) {
        var byCharacters = text
        while byCharacters.last == " " { byCharacters.removeLast() }
        #expect(text.trimmingTrailingSpaces == byCharacters)
    }

    @Test(arguments: texts)
    func cutsWhatCharactersCut(_ text: String) {
        for limit in 1...12 {
            let byCharacters = text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
            #expect(Truncate.text(text, to: limit) == byCharacters, "limit \(limit)")
        }
    }
}
