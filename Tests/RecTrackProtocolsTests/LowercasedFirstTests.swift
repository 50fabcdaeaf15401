import Testing
@testable import RecTrackProtocols

@Suite("A title's first letter lower-cased for the middle of a sentence")
struct LowercasedFirstTests {
    /// The rule read by Characters alone, as lowercasedFirst read it before its ASCII path: what it must still give.
    static func byCharacters(_ text: String) -> String {
        guard let first = text.first, text.count > 1 else { return text }
        if text[text.index(after: text.startIndex)].isUppercase { return text }
        return first.lowercased() + text.dropFirst()
    }

    @Test(arguments: [
        "", "A", "a", "Ab", "AB", "Turnover rate", "NEET rate", "LGA funding", "1 in 5", "\"Quoted\" title", "\r\nText",
        "\rText", "T\r\nx", "Ab\u{301}c", "AB\u{301}c", "A\u{301}bc", "Éclair rate", "Über", "ÉCLAIR", "Ab", "İstanbul rate",
        "A“quoted”", "Zz", "Z", "@Home rate", "[Bracket] rate", "a Ñ", "A\u{0}b",
    ])
    func givesWhatTheCharactersGive(_ text: String) {
        #expect(text.lowercasedFirst == Self.byCharacters(text))
    }

    @Test func keepsAnAcronymAndLowersAWord() {
        #expect("NEET rate".lowercasedFirst == "NEET rate")
        #expect("Turnover rate".lowercasedFirst == "turnover rate")
    }
}
