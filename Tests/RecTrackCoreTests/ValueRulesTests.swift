import Testing
import RecTrackCore

/// The rules every evidence file's values go through: ids, web addresses and trimming.
/// They read bytes directly for speed, so their edges are pinned here, non-ASCII text included.
@Suite("Value rules: kebab-case ids, web addresses, trimming")
struct ValueRulesTests {
    @Test(arguments: [
        ("a", true), ("2019-01-02-review", true), ("r12", true), ("a-b-c", true),
        ("", false), ("-a", false), ("a-", false), ("a--b", false), ("A", false), ("a_b", false),
        ("a.b", false), ("a/b", false), ("a b", false), ("café", false), ("a\u{0}", false), ("-", false),
        ("abcdefghijklmnopqrstuvwxyz-0123456789", true), ("abcdefghijklmnopqrstuvwxyz-0123456789-", false),
    ])
    func kebabCase(_ text: String, _ expected: Bool) {
        #expect(Identifier.isKebabCase(text) == expected, "\(text.debugDescription)")
    }

    @Test(arguments: [
        ("https://www.gov.uk/government/publications/x", true), ("http://example.org", true),
        ("HTTPS://EXAMPLE.ORG", true), ("HtTp://example.org/a?b=c#d", true), ("https://café.example/", true),
        ("https://example.org/%E2%80%99", true), ("https://x", true),
        ("https://", false), ("http://", false), ("https:///path", false), ("http:///x", false),
        ("ftp://example.org", false), ("www.gov.uk", false), ("https:/example.org", false), ("", false),
        ("https://a b", false), ("https://a\"b", false), ("https://a<b", false), ("https://a>b", false),
        ("https://a\\b", false), ("https://a`b", false), ("https://a\u{7F}", false), ("https://a\tb", false),
        ("https://a\u{85}b", false), ("https://a\u{A0}b", false), ("https://a\u{2003}b", false),
        // A byte whose lower-case bit makes it look like ':' or '/' is still a control character.
        ("http\u{1A}//example.org", false), ("http:/\u{0F}example.org", false),
    ])
    func webAddress(_ text: String, _ expected: Bool) {
        #expect(WebAddress.isHTTP(text) == expected, "\(text.debugDescription)")
    }

    @Test(arguments: [
        ("a", "a"), ("  a  ", "a"), ("\ta b\n", "a b"), ("", ""), (" \n\t\r ", ""), ("a\n", "a"),
        ("\u{0}a", "\u{0}a"), ("é ", "é"), (" é", "é"), ("\u{A0}a\u{A0}", "a"), ("a\u{2003}", "a"),
        ("\u{2003}\u{A0}", ""), (" \u{A0}x y\u{3000} ", "x y"), ("long text of more than fifteen bytes ", "long text of more than fifteen bytes"),
    ])
    func trimming(_ text: String, _ expected: String) {
        #expect(text.trimmingWhitespace == expected, "\(text.debugDescription)")
    }
}
