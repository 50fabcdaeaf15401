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
    }
}
