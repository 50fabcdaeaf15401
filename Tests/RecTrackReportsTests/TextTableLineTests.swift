import RecTrackCore
import Testing
@testable import RecTrackReports

@Suite("A row of a terminal table is one line, whatever its cells hold")
struct TextTableLineTests {
    @Test("a line break in a cell, of any kind, becomes a space: nothing after it can pass for a row of its own",
          arguments: ["\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\n\n  \n"])
    func lineBreaksAreJoined(_ lineBreak: String) {
        var table = TextTable(headers: ["#", "Title", "Status"])
        table.rows = [["3", "Review" + lineBreak + "4  Fake row  implemented", "limited"], ["4", "Real", "no-progress"]]
        let lines = table.render().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 5, "\(lines)")  // header, rule, two rows, and the final newline's empty line
        #expect(lines[2].hasPrefix("3  Review"))
        #expect(lines[2].contains("4  Fake row  implemented"))
        #expect(lines[2].hasSuffix("limited"))
        #expect(lines[3].hasPrefix("4  Real"))
    }

    @Test("joining keeps text without line breaks as it is, and turns each run of breaks into one space")
    func joining() {
        #expect(LineBreaks.joined("plain text") == "plain text")
        #expect(LineBreaks.joined("a\r\n\r\nb\u{2028}c") == "a b c")
        #expect(LineBreaks.joined("\nedge\n") == " edge ")
        // The byte scan finds each kind, and nothing else: not é (C3 A9), not … (E2 80 A6), not a lone C2 or E2 at the end.
        for lineBreak in ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"] {
            #expect(LineBreaks.contains(in: "a" + lineBreak + "b"), "\(lineBreak.unicodeScalars.first!.value)")
        }
        for text in ["plain", "café", "a … b", "¢", "€ 5", "", "→"] { #expect(!LineBreaks.contains(in: text), "\(text)") }
    }
}
