import RecTrackCore
import RecTrackReports
import RecTrackTestSupport
import Testing

/// What every page must hold: language, one h1, titled SVGs, working links, the footer's dates
/// and version, statuses as words plus colour; and the rules on file names and determinism.
@Suite struct SiteStructureTests {
    static func site() throws -> [SiteFile] { try SiteRenderer(HostileFixture.assessed()).render() }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let first = try Self.site()
        let second = try SiteRenderer(AssessedTracker.assessing(try HostileFixture.tracker(), asOf: FixedToday.day)).render()
        #expect(first == second)
        #expect(BriefRenderer(try HostileFixture.assessed()).render() == BriefRenderer(try HostileFixture.assessed()).render())
    }

    @Test func everyPageDeclaresItsLanguageTitleAndOneMainHeading() throws {
        for page in try Self.site() where page.path.hasSuffix(".html") {
            #expect(page.contents.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"), "\(page.path)")
            #expect(page.contents.components(separatedBy: "<h1").count == 2, "\(page.path) must have exactly one h1")
            #expect(page.contents.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
            #expect(page.contents.contains("<main id=\"main\""))
            #expect(!page.contents.contains("<script"), "the site needs no JavaScript")
        }
    }

    /// Markup written in code that ends up escaped (a String where Markup was meant) shows as text.
    /// The badge's embedding snippets (`<pre><code>`) are markup shown as text on purpose, and are left out.
    @Test func noOwnMarkupIsEscapedIntoText() throws {
        for page in try Self.site() where page.path.hasSuffix(".html") {
            let text = page.contents.replacing(/<pre><code>[^<]*<\/code><\/pre>/, with: "")
            for leak in ["class=&quot;", "&lt;span", "&lt;/span&gt;", "&lt;a href", "&lt;time"] {
                #expect(!text.contains(leak), "\(page.path) shows its own markup as text: \(leak)")
            }
        }
    }

    @Test func everySVGHasATitleAndADescription() throws {
        var count = 0
        for page in try Self.site() where page.path.hasSuffix(".html") {
            for svg in HTMLScan.blocks("svg", in: page.contents) {
                count += 1
                #expect(svg.contains("<title"), "\(page.path): an SVG has no title")
                #expect(svg.contains("<desc"), "\(page.path): an SVG has no description")
            }
        }
        #expect(count > 10)
    }

    @Test func idsAreUniqueAndEveryFragmentLinkHasItsTarget() throws {
        for page in try Self.site() where page.path.hasSuffix(".html") {
            let ids = HTMLScan.ids(page.contents)
            #expect(Set(ids).count == ids.count, "\(page.path) repeats an id")
            for href in HTMLScan.hrefs(page.contents) where href.hasPrefix("#") {
                #expect(ids.contains(String(href.dropFirst())), "\(page.path): \(href) has no target")
            }
            for labelled in HTMLScan.values(of: "aria-labelledby", in: page.contents) {
                for id in labelled.split(separator: " ") {
                    #expect(ids.contains(String(id)), "\(page.path): aria-labelledby names a missing id \(id)")
                }
            }
        }
    }

    @Test func indexHasOneRowPerRecommendationWithEveryColumn() throws {
        let index = try #require(try Self.site().first { $0.path == "index.html" })
        let table = try #require(HTMLScan.recommendationTableBody(index.contents))
        #expect(table.components(separatedBy: "<tr").count - 1 == 3)
        for header in ["No.", "Recommendation", "Owners", "Status", "Progress", "Last evidence", "Why"] {
            #expect(index.contents.contains(">\(header)</th>"), "no column \(header)")
        }
        #expect(index.contents.contains("<svg class=\"chart status-chart\""))
        #expect(index.contents.contains("Of 3 recommendations: 1 limited, 1 not assessed and 1 rejected."))
    }

    /// The trend is shown only where something moved, and the sentence above the table says so once.
    @Test func indexMarksOnlyWhatMovedAndSaysTheRestOnce() throws {
        let index = try #require(try Self.site().first { $0.path == "index.html" })
        let table = try #require(HTMLScan.recommendationTableBody(index.contents))
        #expect(table.components(separatedBy: "class=\"moved\"").count - 1 == 1)
        #expect(!index.contents.contains("● Same"))
        #expect(index.contents.contains("<p class=\"change-note\"><strong>1 moved since <time datetime=\"2026-09-30\">30 September 2026</time></strong>, marked ▲ or ▼ under its progress with what it moved from. No change since then for the other 2.</p>"))

        let shipped = AssessedTracker.assessing(try ShippedTracker.load(), asOf: FixedToday.shippedTracker)
        let shippedIndex = try #require(try SiteRenderer(shipped).render().first { $0.path == "index.html" })
        let moved = shipped.moved.count
        #expect(shippedIndex.contents.components(separatedBy: "class=\"moved\"").count - 1 == moved)
        #expect(shippedIndex.contents.components(separatedBy: "class=\"change-note\"").count == 2, "the change is said once")
    }

    /// The legend comes before the table, and explains every mark the site shows, not only the statuses.
    @Test func legendComesFirstAndExplainsEveryMark() throws {
        for path in ["index.html", "print.html"] {
            let page = try #require(try Self.site().first { $0.path == path })
            let legend = try #require(page.contents.range(of: "id=\"legend-heading\""), "\(path) has no legend")
            let table = try #require(page.contents.range(of: "<table class=\"status-table"))
            #expect(legend.lowerBound < table.lowerBound, "\(path): the legend must come before the table")
            for term in ["<dt><span class=\"tag-partly\">partly verified</span></dt><dd>Only part of this evidence could be checked",
                         "<dt>Known at</dt><dd>Only evidence recorded by this date (here <time datetime=\"2026-10-16\">16 October 2026</time>) is counted",
                         "<dt><span class=\"tag-stale\">stale</span></dt>", "<span class=\"trend trend-up\">▲ Up</span>"] {
                #expect(page.contents.contains(term), "\(path) does not explain \(term)")
            }
        }
    }

    /// A label or heading with nothing after it ("Context.") tells a reader nothing.
    @Test func noLabelStandsAlone() throws {
        let empty = try Regex(#"</strong>\.</li>|<(dd|li|p|td|th|h[1-6])( [^>]*)?>\s*</\1>|<dt>[^<]*</dt><dd></dd>"#)
        for page in try Self.site() where page.path.hasSuffix(".html") {
            let found = page.contents.matches(of: empty).map { String(page.contents[$0.range]) }
            #expect(found.isEmpty, "\(page.path): \(found)")
        }
        let page = try #require(try Self.site().first { $0.path == "recommendations/R1.html" })
        #expect(page.contents.contains("<strong class=\"effect effect-context\">Context</strong>: background only; it moves nothing.</li>"))
    }

    @Test func statusesAreWordsAsWellAsColours() throws {
        let index = try #require(try Self.site().first { $0.path == "index.html" })
        for (status, label) in [(Status.substantial, "Substantial"), (.rejected, "Rejected"), (.notAssessed, "Not assessed")] {
            #expect(index.contents.contains("<strong class=\"badge s-\(status.rawValue)\">\(label)</strong>"))
        }
    }

    @Test func footerStatesAsOfKnownAtAndVersion() throws {
        for page in try Self.site() where page.path.hasSuffix(".html") {
            #expect(page.contents.contains("<strong>As of <time datetime=\"2026-11-23\">23 November 2026</time>.</strong>"), "\(page.path)")
            #expect(page.contents.contains("Known at <time datetime=\"2026-10-16\">16 October 2026</time>"), "\(page.path)")
            #expect(page.contents.contains("rectrack \(RecTrackVersion.current)"), "\(page.path)")
        }
        let data = AssessedTracker.assessing(try HostileFixture.tracker(), asOf: FixedToday.day, knownAt: Day(year: 2020, month: 1, day: 1)!)
        let index = try #require(try SiteRenderer(data).render().first { $0.path == "index.html" })
        #expect(index.contents.contains("Known at <time datetime=\"2020-01-01\">1 January 2020</time>: only evidence recorded by then is used."))
    }

    @Test func recommendationPageHasEverySection() throws {
        let page = try #require(try Self.site().first { $0.path == "recommendations/R1.html" })
        for heading in ["What the report recommends", "Done when", "Measure: Turnover &lt;rate&gt; &amp; &quot;churn&quot;",
                        "Why this status", "Evidence timeline (11)"] {
            #expect(page.contents.contains(">\(heading)</h2>"), "no section \(heading)")
        }
        #expect(page.contents.contains("<svg class=\"chart metric-chart wide\""))
        #expect(page.contents.contains("<svg class=\"chart metric-chart narrow\""))
        #expect(page.contents.contains(">Per cent</text>"))
        #expect(page.contents.contains(">Date the figure refers to</text>"))
        #expect(page.contents.contains("Target: 10%, lower is better"))
        #expect(page.contents.contains("Baseline, the report&#39;s starting point: 15% on 30 Sep 2016"))
    }

    @Test func ownerPageListsWhatItOwns() throws {
        let page = try #require(try Self.site().first { $0.path == "owners/LGA.html" })
        #expect(page.contents.contains("<h1>The &#39;Renamed&#39; Association <span class=\"owner-id\">(LGA-2)</span></h1>"))
        #expect(page.contents.contains("Named LGA in the report and in this tracker: Local Government Association."))
        #expect(page.contents.contains("LGA-2 is an owner of 2 of the 3 recommendations and leads 1."))
        #expect(page.contents.contains("Local Government Association (LGA) before <time datetime=\"2020-06\">June 2020</time>"))
        #expect(page.contents.contains("<td class=\"role\" data-label=\"Role\">With DfE</td>"))
        #expect(page.contents.contains("<td class=\"role\" data-label=\"Role\">Lead</td>"))
        #expect(page.contents.contains("The &#39;Renamed&#39; Association (LGA-2) from <time datetime=\"2020-06\">June 2020</time>"))
    }

    /// An owner is shown by the name it had on the as-of date, wherever the site names it; its page keeps its address.
    @Test(arguments: [("2017-06-30", "DCLG", "Department for Communities and Local Government"),
                      ("2022-06-30", "DLUHC", "Department for Levelling Up, Housing and Communities"),
                      ("2026-12-02", "MHCLG", "Ministry of Housing, Communities and Local Government")])
    func ownersAreNamedAsOnTheAsOfDate(_ day: String, _ short: String, _ full: String) throws {
        let asOf = try #require(Day(day))
        let site = try SiteRenderer(AssessedTracker.assessing(try ShippedTracker.load(), asOf: asOf)).render()
        let index = try #require(site.first { $0.path == "index.html" })
        #expect(index.contents.contains("<li><a href=\"owners/DCLG.html\">\(short)</a></li>"), "navigation")
        #expect(index.contents.contains("<a href=\"owners/DCLG.html\" title=\"\(full)\">\(short)</a>"), "table")
        let r1 = try #require(site.first { $0.path == "recommendations/R1.html" })
        #expect(r1.contents.contains("<a href=\"../owners/DCLG.html\">\(full)</a> (\(short))"), "facts")
        for old in ["DCLG", "DLUHC", "MHCLG"] where old != short {
            #expect(!index.contents.contains(">\(old)</a>"), "\(old) named as an owner on \(day)")
        }
    }

    static let unsafeIDs = ["../evil", "R1/x", "R 1", "", "Ünïcode", "a.b"]

    @Test(arguments: unsafeIDs)
    func unsafeOwnerIDIsRefused(_ id: String) throws {
        let base = try HostileFixture.tracker()
        let tracker = Tracker(root: base.root, report: base.report, owners: OwnerDirectory(base.owners.owners + [Owner(id: id, name: "Evil")]),
                              metrics: base.metrics, recommendations: base.recommendations, evidence: base.evidence)
        let error = #expect(throws: SiteError.self) { try SiteRenderer(AssessedTracker.assessing(tracker, asOf: FixedToday.day)).render() }
        #expect(error?.message == "owner id '\(id)' cannot name a page of the site: ids used as file names may hold only letters, digits and hyphens; rename it in Recommendations/")
    }

    @Test func unsafeRecommendationIDIsRefused() throws {
        let base = try HostileFixture.tracker()
        var evil = base.recommendations[2]
        evil.id = "R3/../../x"
        let tracker = Tracker(root: base.root, report: base.report, owners: base.owners, metrics: base.metrics,
                              recommendations: Array(base.recommendations.prefix(2)) + [evil], evidence: base.evidence)
        #expect(throws: SiteError("recommendation id 'R3/../../x' cannot name a page of the site: ids used as file names may hold only letters, digits and hyphens; rename it in Recommendations/")) {
            try SiteRenderer(AssessedTracker.assessing(tracker, asOf: FixedToday.day)).render()
        }
    }

    @Test func idsDifferingOnlyInCaseAreRefused() throws {
        let base = try HostileFixture.tracker()
        let tracker = Tracker(root: base.root, report: base.report, owners: OwnerDirectory(base.owners.owners + [Owner(id: "DFE", name: "Shouty")]),
                              metrics: base.metrics, recommendations: base.recommendations, evidence: base.evidence)
        #expect(throws: SiteError("owner ids 'DfE' and 'DFE' differ only in case, so their pages would overwrite each other on some file systems; rename one")) {
            try SiteRenderer(AssessedTracker.assessing(tracker, asOf: FixedToday.day)).render()
        }
    }
}
