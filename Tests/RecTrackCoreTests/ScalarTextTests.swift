import Testing
@testable import RecTrackCore

@Suite("What a value may hold")
struct ScalarTextTests {
    /// The rule in Unicode's own terms, to hold the byte matcher to.
    static func refused(_ value: UInt32, isKey: Bool) -> Bool {
        if value == 0x09 || value == 0x0A { return isKey }
        return value < 0x20 || (0x7F...0x9F).contains(value) || [0x061C, 0x200E, 0x200F].contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0xFEFF
    }

    @Test("the byte matcher refuses exactly the control and bidirectional characters and the byte order mark, in values and keys",
          arguments: [false, true])
    func matchesTheRule(isKey: Bool) {
        // Every character of three bytes or fewer in UTF-8, so the byte order mark (EF BB BF) and its neighbours are in.
        for value in UInt32(0)...0xFFFF where !(0xD800...0xDFFF).contains(value) {
            let scalar = Unicode.Scalar(value)!
            var text = "a\(Character(scalar))b"
            let found = text.withUTF8 { ScalarText.forbidden(in: $0, isKey: isKey) }
            #expect((found != nil) == Self.refused(value, isKey: isKey), "U+\(String(value, radix: 16))")
            if let found { #expect(found == value) }
        }
    }

    @Test("text from outside is neutralised character by character")
    func neutralised() {
        #expect(SafeText.neutralised("red \u{1B}[31m and \u{202E}back\ttab") == "red ?[31m and ?back\ttab")
        #expect(SafeText.forbiddenCharacter(in: "fine “quotes” — dashes") == nil)
        #expect(SafeText.forbiddenCharacter(in: "bell\u{07}") == "U+0007")
        #expect(SafeText.neutralised("R1\u{FEFF}") == "R1?")
        #expect(SafeText.forbiddenCharacter(in: "\u{FEFF}R1") == "U+FEFF")
    }

    @Test("a name from the file system is escaped so every character shows and none acts on a terminal")
    func escapedName() {
        #expect(SafeText.escaped("2025-01-01-a\u{1B}[31mred\nx\t.yaml") == #"2025-01-01-a\u{1B}[31mred\nx\t.yaml"#)
        #expect(SafeText.escaped("bell\u{07} del\u{7F} c1\u{9B} rlo\u{202E} nul\u{0}") == #"bell\u{07} del\u{7F} c1\u{9B} rlo\u{202E} nul\u{00}"#)
        #expect(SafeText.escaped("Evidence/2025/2025-03-10-plan “quoted” — é.yaml") == "Evidence/2025/2025-03-10-plan “quoted” — é.yaml")
    }
}
