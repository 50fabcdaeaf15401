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
                "\\*\\*bold\\*\\* \\[link\\](javascript:alert(1)) &lt;script>\\|")
        #expect(Markdown.link("click", "javascript:alert(1)") == "click")
        #expect(Markdown.link("site", "https://example.org/a (b)") == "site")
        #expect(Markdown.link("site", "https://example.org/a") == "[site](https://example.org/a)")
    }

    /// Text that Markdown would read as markup in one place and as plain text in another: what each place escapes.
    @Test("Markdown escapes only what would be markup where the text goes", arguments: [
        ("a heading", "# Not a heading (target 0%)", Markdown.Place.lineStart, "\\# Not a heading (target 0%)"),
        ("a hash mid-line", "Bill #12 (2026)", .prose, "Bill #12 (2026)"),
        ("a list item", "- not a list", .lineStart, "\\- not a list"),
        ("a plus item", "+ not a list", .lineStart, "\\+ not a list"),
        ("a hyphenated word", "-fold increase", .lineStart, "-fold increase"),
        ("an ordered item", "2017. A year", .lineStart, "2017\\. A year"),
        ("a year with no stop", "2017 was a year", .lineStart, "2017 was a year"),
        ("a quote", "> quoted", .lineStart, "\\> quoted"),
        ("a rule", "---", .lineStart, "\\---"),
        ("emphasis", "*really* _so_ snake_case", .prose, "\\*really\\* \\_so\\_ snake_case"),
        ("a link", "[x](javascript:alert(1))", .prose, "\\[x\\](javascript:alert(1))"),
        ("code", "`rm -rf`", .prose, "\\`rm -rf\\`"),
        ("html", "<img src=x onerror=alert(1)>", .prose, "&lt;img src=x onerror=alert(1)>"),
        ("an entity", "&amp; & AT&T", .prose, "&amp;amp; & AT&T"),
        ("a pipe in prose", "a | b", .prose, "a | b"),
        ("a pipe in a cell", "a | b", .tableCell, "a \\| b"),
        ("strikethrough", "~~gone~~", .prose, "\\~\\~gone\\~\\~"),
        ("a line break", "one\ntwo", .prose, "one two"),
    ])
    func markdownPlaces(name: String, input: String, place: Markdown.Place, output: String) {
        #expect(Markdown.escape(input, in: place) == output, "\(name)")
    }
}

@Suite("Dates in a brief's prose")
struct DateSpellingTests {
    @Test("Dates a reason names are spelt out; other brackets are left alone", arguments: [
        ("Act (Feb 2026): in force.", "Act (February 2026): in force."),
        ("Response (2021-06-01) declines it.", "Response (1 June 2021) declines it."),
        ("(May 2025) and (Sep 2019)", "(May 2025) and (September 2019)"),
        ("2026-2027 to 2028-2029 (2026 c. 21) (Febr 2026) (2026-02-30)", "2026-2027 to 2028-2029 (2026 c. 21) (Febr 2026) (2026-02-30)"),
        ("an open (bracket", "an open (bracket"),
    ])
    func spelling(input: String, output: String) {
        #expect(DateText.spellingOut(in: input) == output)
    }
}
