import Testing
import RecTrackReports

@Suite("Escaping for CSV and Markdown")
struct TextEscapingTests {
    @Test("CSV cells a spreadsheet would run as a formula are neutralised", arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""), ("+1+1", "\"'+1+1\""), ("-2+3", "\"'-2+3\""),
        ("@SUM(A1)", "\"'@SUM(A1)\""), ("-42", "-42"), ("plain, text", "\"plain, text\""), ("ok", "ok"),
    ])
    func csvCells(input: String, output: String) {
        #expect(CSV.cell(input) == output)
    }

    @Test("Markdown control characters and HTML in evidence text are escaped in the brief")
    func markdownEscaping() {
        #expect(Markdown.escape("**bold** [link](javascript:alert(1)) <script>|") ==
                "\\*\\*bold\\*\\* \\[link\\]\\(javascript:alert\\(1\\)\\) &lt;script\\>\\|")
        #expect(Markdown.link("click", "javascript:alert(1)") == "click")
        #expect(Markdown.link("site", "https://example.org/a (b)") == "site")
        #expect(Markdown.link("site", "https://example.org/a") == "[site](https://example.org/a)")
    }
}
