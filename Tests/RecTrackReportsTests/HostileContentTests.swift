import RecTrackCore
import RecTrackReports
import Testing

/// Hostile evidence must come out as text: `<script>` in titles, `javascript:` and `data:`
/// addresses, quotes in attribute positions and Markdown control characters.
@Suite struct HostileContentTests {
    static func site() throws -> [SiteFile] { try SiteRenderer(HostileFixture.assessed()).render() }
    static func pages() throws -> [SiteFile] { try site().filter { $0.path.hasSuffix(".html") } }

    /// The one image the site writes is a recommendation page's own badge (`<img src="../badges/R1.svg"`), written in
    /// code; any other is injected.
    @Test func noPageHoldsAScriptOrAnInjectedElement() throws {
        for page in try Self.pages() {
            // A recommendation page's own badge, at most once; no other page has an image.
            let id = page.path.hasPrefix("recommendations/") ? page.path.dropFirst("recommendations/".count).dropLast(".html".count) : nil
            let badge = id.map { "<img src=\"../badges/\($0).svg\" alt=\"" }
            let withoutBadge = badge.map { page.contents.replacingOccurrences(of: $0, with: "") } ?? page.contents
            #expect(page.contents.components(separatedBy: "<img").count - withoutBadge.components(separatedBy: "<img").count <= 1)
            let lower = withoutBadge.lowercased()
            for forbidden in ["<script", "<img", "<b>", "<em>", "<i>", "<u>", "</blockquote><"] {
                #expect(!lower.contains(forbidden), "\(page.path) contains \(forbidden)")
            }
        }
    }

    @Test func scriptInATitleIsShownAsText() throws {
        let page = try #require(try Self.pages().first { $0.path == "recommendations/R1.html" })
        #expect(page.contents.contains("&lt;script&gt;console.error(&quot;xss-title&quot;)&lt;/script&gt; Strategy &quot;published&quot; &amp; &#39;quoted&#39;"))
        #expect(page.contents.contains("The Department should act &lt;/blockquote&gt;&lt;script&gt;console.error(&quot;xss-text&quot;)&lt;/script&gt; now"))
    }

    @Test func quotesCannotLeaveAnAttribute() throws {
        for page in try Self.pages() {
            #expect(!page.contents.contains("onmouseover=\""), "\(page.path) has a raw onmouseover attribute")
            #expect(!page.contents.contains("onmouseover='"), "\(page.path) has a raw onmouseover attribute")
            for value in HTMLScan.attributeValues(page.contents) {
                #expect(!value.contains("<") && !value.contains(">"), "\(page.path): attribute value \(value) holds a raw angle bracket")
            }
        }
        let owner = try #require(try Self.pages().first { $0.path == "index.html" })
        #expect(owner.contents.contains("title=\"Department for &lt;Education&gt; &amp; &quot;Skills&quot;\""))
    }

    @Test func onlyHTTPAddressesBecomeLinks() throws {
        let pages = try Self.pages()
        let paths = Set(try Self.site().map(\.path))
        for page in pages {
            for href in HTMLScan.hrefs(page.contents) {
                let lower = href.lowercased()
                if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
                    #expect(WebAddressCheck.isHTTP(HTMLScan.unescape(href)), "\(page.path): \(href)")
                } else {
                    #expect(!lower.contains(":") && !lower.hasPrefix("//"), "\(page.path): \(href) is neither http(s) nor a relative link")
                    #expect(HTMLScan.resolves(href, from: page.path, in: paths), "\(page.path): \(href) leads nowhere")
                }
            }
            for anchor in HTMLScan.externalAnchors(page.contents) {
                #expect(anchor.contains("rel=\"noopener noreferrer\""), "\(page.path): \(anchor)")
            }
        }
        let r1 = try #require(pages.first { $0.path == "recommendations/R1.html" })
        for address in HostileFixture.unsafeAddresses {
            #expect(r1.contents.contains("Its address is \(HTML.escape(address)), which must stay text."))
        }
        #expect(r1.contents.contains("<a href=\"https://example.org/strategy?x=1&amp;y=&#39;2&#39;\" rel=\"noopener noreferrer\">"))
    }

    @Test func markdownControlCharactersInASummaryStayLiteralInHTML() throws {
        let page = try #require(try Self.pages().first { $0.path == "recommendations/R1.html" })
        #expect(page.contents.contains("**Bold** and _underlined_ [a link](javascript:alert(1)) | a pipe | # not a heading"))
        #expect(!page.contents.contains("<strong>Bold"))
    }

    @Test func briefEscapesMarkdownAndLinksOnlyHTTP() throws {
        let brief = BriefRenderer(try HostileFixture.assessed()).render()
        #expect(brief.contains("Fund early help \\| pipes \\* stars \\_ underscores \\[brackets\\](x)"))
        #expect(brief.contains("[New \\*funding\\* \\[announced\\](http://evil.example) | for #R1](http://example.org/news)"))
        #expect(brief.contains("Reduce churn with \"quotes\" & &lt;angle> brackets"))
        #expect(!brief.lowercased().contains("](javascript:"))
        #expect(!brief.lowercased().contains("](data:"))
        #expect(!brief.contains("<script"))
        // Every table row keeps its 8 cell borders: no pipe from the data splits a cell.
        for line in brief.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| No.") {
            let unescaped = HTMLScan.unescapedPipes(String(line))
            #expect(unescaped == 8, "\(line)")
        }
    }
}
