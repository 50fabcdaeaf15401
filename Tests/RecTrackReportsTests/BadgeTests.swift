import RecTrackCore
@testable import RecTrackReports
import RecTrackTestSupport
import Testing

/// Each recommendation's badge (`badges/R6.svg`): what it says, that it never overstates, that its text reads on its
/// colours and that its parts are wide enough for their text.
@Suite struct BadgeTests {
    /// The hostile fixture's limited recommendation (R1), with the status and flags a test gives it.
    static func assessment(_ status: Status, progress: Double = 38, stale: Bool = false) throws -> Assessment {
        var a = try #require(try HostileFixture.assessed().assessments.first { $0.recommendation == "R1" })
        a.status = status
        a.progress = progress
        a.stale = stale
        a.stalled = nil
        return a
    }

    static func badge(_ a: Assessment) -> Badge {
        Badge(assessment: a, reportTitle: "No Good Options", asOf: FixedToday.day)
    }

    @Test func saysTheIdStatusAndProgress() throws {
        let a = try Self.assessment(.limited, progress: 38)
        let svg = Self.badge(a).render()
        #expect(Badge.statusText(a) == "limited · 38%")
        #expect(svg.contains(">R1</text>") && svg.contains(">limited · 38%</text>"))
        #expect(Self.badge(a).label == "No Good Options, recommendation 1 (R1): limited, 38% of the way, as of \(DateText.long(FixedToday.day)).")
    }

    /// Not assessed has no figure at all (never "0%"); rejected shows none either, as it would read as progress.
    @Test(arguments: [Status.notAssessed, .rejected])
    func showsNoFigureWhereTheStatusHasNone(_ status: Status) throws {
        let a = try Self.assessment(status, progress: 0)
        #expect(Badge.statusText(a) == status.label)
        #expect(!Self.badge(a).render().contains("%"))
    }

    @Test(arguments: [Status.noProgress, .limited, .substantial, .implemented])
    func showsTheFigureBesideEveryOtherStatus(_ status: Status) throws {
        let a = try Self.assessment(status, progress: 0)
        #expect(Badge.statusText(a) == "\(status.label) · 0%")
    }

    /// A flag that changes what the status means travels with it, in the words and in the text alternative.
    @Test func carriesStaleAndStalled() throws {
        let stale = try Self.assessment(.implemented, progress: 100, stale: true)
        #expect(Badge.statusText(stale) == "implemented · 100% · stale")
        #expect(Self.badge(stale).label.hasSuffix(" Stale: \(AssessmentFlag.stale.meaning)"))
        let shipped = AssessedTracker.assessing(try ShippedTracker.load(), asOf: FixedToday.shippedTracker)
        let stalled = try #require(shipped.assessments.first { $0.stalled != nil }, "no shipped recommendation is stalled to test with")
        #expect(Badge.statusText(stalled).contains(" · stalled"))
        #expect(Self.badge(stalled).label.contains(" Stalled: "))
    }

    @Test func titleIsTheFirstChildAndMatchesTheLabel() throws {
        let badge = Self.badge(try Self.assessment(.limited))
        let svg = badge.render()
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" "))
        #expect(svg.contains(" role=\"img\" aria-label=\"\(HTML.escape(badge.label))\">\n<title>\(HTML.escape(badge.label))</title>\n<rect"))
    }

    /// The text alternative is escaped for XML, and a character XML 1.0 cannot hold is dropped, not written.
    @Test func escapesTheReportTitle() throws {
        let svg = Badge(assessment: try Self.assessment(.limited), reportTitle: "<script>\"x\" & y\u{1}", asOf: FixedToday.day).render()
        #expect(!svg.contains("<script>") && !svg.contains("\u{1}"))
        #expect(svg.contains("&lt;script&gt;&quot;x&quot; &amp; y"))
    }

    /// The white text reads on each part's colour at 4.5:1 or more, read from the badge itself.
    @Test(arguments: Status.allCases)
    func textContrastsWithEachPart(_ status: Status) throws {
        let svg = Self.badge(try Self.assessment(status)).render()
        let fills = HTMLScan.values(of: "fill", in: svg)
        #expect(fills.count == 3)
        let text = try #require(fills.last)
        for background in fills.dropLast() {
            #expect(StatusPalette.contrast(text, background) >= 4.5, "\(text) on \(background)")
        }
    }

    /// DejaVu Sans' advance widths in ems (the font Debian's Chromium draws the badge in, Verdana being absent), as
    /// Chromium measures them: the widest of each of the estimate's classes, and the characters the cases use.
    static let dejaVu: [Character: Double] = [
        "W": 0.989, "m": 0.974, "%": 0.950, "M": 0.863, "w": 0.818, "O": 0.787, "0": 0.636, "1": 0.636, "2": 0.636,
        "9": 0.636, "R": 0.695, "b": 0.635, "d": 0.635, "p": 0.635, "u": 0.634, "n": 0.634, "h": 0.634, "e": 0.615, "a": 0.613,
        "o": 0.612, "s": 0.521, "c": 0.550, "r": 0.411, "t": 0.392, "-": 0.361, "f": 0.352, "·": 0.318, ".": 0.318,
        " ": 0.318, "l": 0.278, "i": 0.278, "I": 0.295, "@": 1.000, "#": 0.838, "+": 0.838, "&": 0.780,
    ]

    /// The estimate is at least the text's width in DejaVu Sans at 11 px, and not far beyond it: the longest status
    /// words, the longest status part the site can write, and a long id of the widest characters.
    @Test(arguments: ["not assessed", "substantial · 99.9% · stale · stalled · past due", "R12-WWMM-0000", "RIO", "mwb%", "@#+&"])
    func widthEstimateCoversDejaVuSans(_ text: String) throws {
        let widths = try text.map { try #require(Self.dejaVu[$0], "no width for \($0)") }
        let actual = widths.reduce(0, +) * Badge.fontSize
        let estimate = BadgeWidth.estimate(text)
        #expect(estimate >= actual, "\(text): \(estimate) px estimated, \(actual) px in DejaVu Sans")
        #expect(estimate <= actual * 1.4, "\(text): \(estimate) px is far wider than its \(actual) px")
    }

    /// Each part is its text's estimate plus padding, so a longer id or status makes a wider badge, never overlapping text.
    @Test func partsAreAsWideAsTheirText() throws {
        var a = try Self.assessment(.notAssessed)
        a.recommendation = "R12-long-recommendation-id"
        let svg = Self.badge(a).render()
        let left = BadgeWidth.estimate(a.recommendation) + 2 * Badge.padding
        let right = BadgeWidth.estimate("not assessed") + 2 * Badge.padding
        #expect(svg.contains("width=\"\(SVGNumber.text(left + right))\" height=\"20\""))
        #expect(svg.contains("<rect x=\"\(SVGNumber.text(left))\" width=\"\(SVGNumber.text(right))\""))
        #expect(svg.contains("<text x=\"\(SVGNumber.text(left / 2))\" y=\"14\">R12-long-recommendation-id</text>"))
    }

    /// Each recommendation's page shows its badge and offers it to embed, in HTML and in Markdown, with its address;
    /// the print pack does not.
    @Test func recommendationPageOffersTheBadgeToEmbed() throws {
        let files = try SiteRenderer(HostileFixture.assessed()).render()
        let page = try #require(files.first { $0.path == "recommendations/R1.html" }).contents
        let badge = try #require(files.first { $0.path == "badges/R1.svg" }).contents
        let width = try #require(HTMLScan.values(of: "width", in: badge).first)
        #expect(page.contains("<img src=\"../badges/R1.svg\" alt=\"Tests &amp; &quot;Quotes&quot; &lt;Report&gt;, recommendation 1 (R1): limited,"))
        #expect(page.contains("width=\"\(width)\" height=\"20\"></p>"))
        #expect(page.contains("Its address is <code>badges/R1.svg</code> within the site"))
        #expect(page.contains("<pre><code>&lt;a href=&quot;recommendations/R1.html&quot;&gt;&lt;img src=&quot;badges/R1.svg&quot; alt=&quot;Tests &amp;amp; &amp;quot;Quotes&amp;quot; &amp;lt;Report&amp;gt;, recommendation 1 (R1)"))
        #expect(page.contains("<pre><code>[![Tests &amp; &quot;Quotes&quot; &amp;lt;Report&gt;, recommendation 1 (R1): limited,"))
        #expect(page.contains("](badges/R1.svg)](recommendations/R1.html)</code></pre>"))
        let pack = try #require(files.first { $0.path == "print.html" }).contents
        #expect(!pack.contains("badge-embed"))
    }

    /// With the site's address (`report --site-url`), the snippets carry absolute addresses, ready to paste.
    @Test func siteAddressMakesTheSnippetsAbsolute() throws {
        let address = try SiteAddress("https://example.org/tracker")
        let files = try SiteRenderer(HostileFixture.assessed(), address: address).render()
        let page = try #require(files.first { $0.path == "recommendations/R1.html" }).contents
        #expect(page.contains("Its address is <code>https://example.org/tracker/badges/R1.svg</code>.</p>"))
        #expect(!page.contains("within the site"))
        #expect(page.contains("<pre><code>&lt;a href=&quot;https://example.org/tracker/recommendations/R1.html&quot;&gt;&lt;img src=&quot;https://example.org/tracker/badges/R1.svg&quot;"))
        #expect(page.contains("](https://example.org/tracker/badges/R1.svg)](https://example.org/tracker/recommendations/R1.html)</code></pre>"))
        #expect(page.contains("<img src=\"../badges/R1.svg\""))
    }
}
