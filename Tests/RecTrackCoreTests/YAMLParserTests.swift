import Testing
import RecTrackCore

@Suite("The YAML loader")
struct YAMLParserTests {
    func parse(_ text: String) throws(YAMLError) -> YAMLNode { try YAMLParser.parse(Array(text.utf8)) }

    @Test("scalars stay text: no, yes, dates and numbers are not typed")
    func scalarsStayText() throws {
        let node = try parse("a: no\nb: 2017-03-21\nc: 013\nd: 'quoted'\ne:\n")
        guard case .mapping(let entries) = node.content else { Issue.record("not a mapping"); return }
        #expect(entries.map(\.key) == ["a", "b", "c", "d", "e"])
        #expect(entries.map { $0.value.scalar } == ["no", "2017-03-21", "013", "quoted", ""])
        #expect(entries[4].value.isNull)
        #expect(!entries[3].value.isNull)
    }

    @Test("every node keeps its line and column")
    func locations() throws {
        let node = try parse("# comment\nlist:\n  - one\n  - {k: v}\n")
        guard case .mapping(let entries) = node.content, case .sequence(let items) = entries[0].value.content else {
            Issue.record("unexpected shape"); return
        }
        #expect(entries[0].keyLocation == SourceLocation(line: 2, column: 1))
        #expect(items[0].location == SourceLocation(line: 3, column: 5))
        #expect(items[1].location == SourceLocation(line: 4, column: 5))
    }

    @Test("an alias bomb is refused at its first alias, before any expansion")
    func billionLaughs() {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1..<9 { text += "\(Character(UnicodeScalar(97 + i)!)): &\(Character(UnicodeScalar(97 + i)!)) [" + Array(repeating: "*\(Character(UnicodeScalar(96 + i)!))", count: 9).joined(separator: ", ") + "]\n" }
        #expect(throws: YAMLError(.anchor, "anchors ('&a') are not allowed: write each value out in full", at: SourceLocation(line: 1, column: 4))) {
            try parse(text)
        }
    }

    @Test("10,000 levels of nesting are refused without a crash")
    func deepNesting() {
        let text = "a: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        #expect(throws: YAMLError.self) { try parse(text) }
    }

    @Test("a megabyte-long line is read")
    func longLine() throws {
        let long = String(repeating: "x", count: 1_000_000)
        let node = try parse("summary: \(long)\n")
        guard case .mapping(let entries) = node.content else { Issue.record("not a mapping"); return }
        #expect(entries[0].value.scalar?.count == 1_000_000)
    }

    @Test("a tab is named as the problem even after accents and curly quotes on earlier lines")
    func tabAfterNonASCIIText() {
        let message = "a tab is used for indentation or spacing here; YAML needs spaces"
        for title in ["plain text", "“curly” text — £3, café"] {
            #expect(throws: YAMLError(.tabIndentation, message, at: SourceLocation(line: 3, column: 1)), "\(title)") {
                try parse("title: \(title)\nbears-on:\n\t- recommendation: R1\n")
            }
        }
    }
}
