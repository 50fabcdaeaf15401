import Foundation
import Testing
@testable import RecTrackCore

/// Handing libyaml the checked text must change nothing but the time it takes:
/// every input gives the same tree, positions and errors as libyaml decoding it itself.
@Suite("Handing checked text to libyaml")
struct PreparedInputTests {
    /// The outcome of one parse, positions included, as text to compare.
    private func outcome(_ bytes: [UInt8], handingOverText: Bool) -> String {
        do {
            return YAMLCorpus.describe(try YAMLParser.parse(bytes, handingOverText: handingOverText))
        } catch {
            return "error: \(error.message) at \(error.location.map { "\($0.line):\($0.column)" } ?? "-")"
        }
    }

    private func expectSame(_ bytes: [UInt8], _ name: String) {
        let decoded = outcome(bytes, handingOverText: false)
        let handed = outcome(bytes, handingOverText: true)
        #expect(handed == decoded, "\(name)")
    }

    @Test("the linked libyaml is one the hand-over was checked against")
    func supported() {
        #expect(PreparedInput.isSupported)
    }

    @Test("every fixture, shipped record and fuzz input parses the same both ways")
    func corpusParsesTheSame() throws {
        let files = try YAMLCorpus.files()
        #expect(files.count > 300)
        for (name, bytes) in files { expectSame(bytes, name) }
    }

    @Test("every prefix of a record parses the same both ways: the end of input is where the two could differ")
    func prefixesParseTheSame() throws {
        let record = """
            id: 2022-05-23-review
            date: 2022-05-23
            title: "The review’s final report"
            summary: |
              Two lines,
              of text.
            note: 'it''s quoted'
            bears-on:
              - {recommendation: R1, effect: context}
              - recommendation: R2
                effect: achieves
            ---
            ...
            """
        let bytes = Array(record.utf8)
        for end in 0...bytes.count {
            expectSame(Array(bytes[..<end]), "prefix of \(end) bytes")
        }
    }

    @Test("text at the edges of YAML parses the same both ways")
    func edgesParseTheSame() {
        let cases: [String] = [
            "", "\u{FEFF}", "\u{FEFF}a: b", "a", "a:", "a: b", "a: b\n", "a: b\r\nc: d\r\n", "a: 'never closed",
            "a: \"never closed\n", "a: [1, 2", "a: {b: c", "- -", "---", "--- ", "...", "a: |", "a: >-\n  folded\n  text",
            "a: b\n\tc: d\n", "a: £3 — “quoted” 🙂", "\u{E000}: \u{FFFD}", "a: \u{2028}b", "? complex\n: key",
            "a: &x b", "a: *x", "a: !!str b", "%YAML 1.1\n---\na: b", "a: b\n---\nc: d", "a:\n  - [[[[[]]]]]",
            "a: b #comment", "#only a comment", "   ", "\n\n\n", "a: \"\\u00e9\\x41\\\u{0A}  tail\"",
        ]
        for text in cases { expectSame(Array(text.utf8), text.debugDescription) }
        let long = "summary: " + String(repeating: "word ", count: 20_000) + "\n"
        expectSame(Array(long.utf8), "a file larger than libyaml's buffer")
    }

    @Test("characters libyaml refuses are refused before libyaml sees them")
    func nonCharactersAreRefused() {
        #expect(throws: YAMLError(.noncharacter, "U+FFFE is not a character and is not allowed; delete it", at: SourceLocation(line: 2, column: 4))) {
            try YAMLParser.parse(Array("a: b\nc: \u{FFFE}\n".utf8))
        }
        #expect(throws: YAMLError(.noncharacter, "U+FFFF is not a character and is not allowed; delete it", at: SourceLocation(line: 1, column: 4))) {
            try YAMLParser.parse(Array("a: \u{FFFF}".utf8))
        }
    }
}
