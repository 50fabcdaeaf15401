import Foundation
import RecTrackCore
import RecTrackReports
import RecTrackTestSupport
import Testing

/// The generated site in a real browser (headless Chromium): the index holds one table row per
/// recommendation, no page logs a console message, hostile text runs no script, the printed pack has
/// one page per recommendation after its cover and changes page, no text overlaps other text in print or at
/// 390, 820 and 1280 px and no table needs a scrollbar,
/// and screenshots (1280, 820 and 390 px) and the printed PDFs are written to `.build/browser-test/screenshots/`.
///
/// Without Chromium the suite is skipped with a message saying so; under CI (`CI=true`) it runs
/// anyway and fails when Chromium is missing (`.ci/run` installs Debian's `chromium`).
@Suite(.serialized, .enabled(if: Chromium.installedPath != nil || Chromium.underCI,
                             "Chromium is not installed, so the browser test is skipped: apt-get install chromium (CI=true makes this a failure)"))
struct BrowserTests {
    /// `.build/browser-test`.
    static let folder = Fixtures.inPackage(".build/browser-test")

    /// The sites under test, generated once: the shipped data (as of today) and the hostile fixture.
    static let sites: Result<Sites, Error> = Result { try Sites.generate() }

    struct Sites {
        let shipped: URL
        let shippedCount: Int
        let shippedPage: String
        let hostile: URL

        static func generate() throws -> Sites {
            let today = Day.today()
            let tracker = try ShippedTracker.load()
            let shipped = folder.appendingPathComponent("shipped")
            let hostile = folder.appendingPathComponent("hostile")
            for url in [shipped, hostile] { try? FileManager.default.removeItem(at: url) }
            let data = AssessedTracker.assessing(tracker, asOf: today)
            try SiteWriter.write(try SiteRenderer(data).render(), into: shipped.path)
            try SiteWriter.write(try SiteRenderer(HostileFixture.assessed()).render(), into: hostile.path)
            // The page screenshotted: the first recommendation with a metric chart, so the chart is seen.
            let page = data.assessments.first { !$0.metrics.isEmpty } ?? data.assessments[0]
            return Sites(shipped: shipped, shippedCount: tracker.recommendations.count,
                         shippedPage: "recommendations/\(page.recommendation).html", hostile: hostile)
        }
    }

    func browser() throws -> Chromium {
        let path = try #require(Chromium.installedPath, "CI=true but chromium is not on PATH: .ci/run installs Debian's chromium package")
        return Chromium(path: path, workFolder: Self.folder.appendingPathComponent("logs"))
    }

    @Test func indexHasOneRowPerRecommendationAndNoConsoleErrors() throws {
        let sites = try Self.sites.get()
        let run = try browser().dumpDOM(sites.shipped.appendingPathComponent("index.html"), name: "index-dom")
        #expect(run.status == 0)
        #expect(run.console.isEmpty, "console messages: \(run.console)")
        let body = try #require(HTMLScan.recommendationTableBody(run.output), "the DOM has no table body")
        #expect(body.components(separatedBy: "<tr").count - 1 == sites.shippedCount)
        #expect(run.output.contains("<svg class=\"chart status-chart\""))
    }

    @Test func recommendationPageLoadsWithItsChartAndNoConsoleErrors() throws {
        let sites = try Self.sites.get()
        let run = try browser().dumpDOM(sites.shipped.appendingPathComponent(sites.shippedPage), name: "recommendation-dom")
        #expect(run.status == 0)
        #expect(run.console.isEmpty, "console messages: \(run.console)")
        #expect(run.output.contains("<svg class=\"chart metric-chart wide\""))
        #expect(run.output.contains("Evidence timeline"))
    }

    @Test(arguments: ["index.html", "recommendations/R1.html", "owners/DfE.html", "print.html"])
    func hostilePageRunsNoScript(_ page: String) throws {
        let sites = try Self.sites.get()
        let run = try browser().dumpDOM(sites.hostile.appendingPathComponent(page), name: "hostile-" + page.replacingOccurrences(of: "/", with: "-"))
        #expect(run.console.isEmpty, "console messages: \(run.console)")
        let dom = run.output.lowercased()
        #expect(!dom.contains("<script"))
        // The one image is a recommendation page's own badge, written in code.
        let ownBadge = page.hasPrefix("recommendations/") ? "<img src=\"../badges/\(page.dropFirst("recommendations/".count).dropLast(".html".count)).svg\"" : nil
        #expect(!(ownBadge.map { dom.replacingOccurrences(of: $0.lowercased(), with: "") } ?? dom).contains("<img"))
        #expect(!dom.contains("href=\"javascript:"))
        #expect(!dom.contains("href=\"data:"))
        #expect(dom.contains("<tbody>"))
    }

    /// The console check must be able to fail: a page that logs an error and throws is caught.
    @Test func consoleCheckCatchesAnError() throws {
        let page = Self.folder.appendingPathComponent("console-control.html")
        try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
        try Data("<!DOCTYPE html><html lang=\"en\"><title>control</title><script>console.error('control-error'); missing();</script></html>".utf8)
            .write(to: page)
        let run = try browser().dumpDOM(page, name: "console-control")
        #expect(run.console.contains { $0.contains("control-error") })
        #expect(run.console.contains { $0.contains("Uncaught") })
    }

    /// The printed pack: a cover, a page on what changed, then one page per recommendation (so none spills
    /// onto a second page and none shares one), for the shipped data and for the hostile fixture.
    @Test(arguments: ["shipped", "hostile"])
    func printedPackHasOnePagePerRecommendation(_ site: String) throws {
        let sites = try Self.sites.get()
        let folder = site == "shipped" ? sites.shipped : sites.hostile
        let recommendations = site == "shipped" ? sites.shippedCount : 3
        let pdf = Self.folder.appendingPathComponent("screenshots/print-\(site).pdf")
        try FileManager.default.createDirectory(at: pdf.deletingLastPathComponent(), withIntermediateDirectories: true)
        let run = try browser().printToPDF(folder.appendingPathComponent("print.html"), to: pdf, name: "print-\(site)")
        #expect(run.console.isEmpty, "console messages: \(run.console)")
        let pages = try #require(PDFPages.count(pdf), "no PDF at \(pdf.path)")
        #expect(pages == 2 + recommendations, "the pack printed on \(pages) pages, not cover + what changed + \(recommendations)")
    }

    /// No two pieces of text overlap in the printed pack (nor text and a chart or bar), on the pages of the
    /// site that print, laid out as they print; and nothing is wider than the paper.
    @Test(arguments: ["print.html", "index.html"])
    func printedTextDoesNotOverlap(_ page: String) throws {
        let sites = try Self.sites.get()
        let copy = try PageMeasure.prepare(sites.shipped.appendingPathComponent(page), media: .print)
        let result = try measure(copy, width: PageMeasure.printWidth, name: "print-measure-\(page)")
        #expect(result.boxes > 200, "too few text boxes measured (\(result.boxes)): is the page laid out?")
        #expect(result.overlaps == 0, "\(result.overlaps) overlapping text boxes, e.g. \(result.overlapExamples)")
        #expect(result.overflow.isEmpty, "wider than the paper: \(result.overflow)")
    }

    /// On a phone, a tablet and a desktop every column of every table is on screen (no table needs a
    /// scrollbar, nor the page) and no text overlaps other text.
    @Test(arguments: [390, 820, 1280], ["index.html", "owners/DfE.html", "recommendation"])
    func pageFitsTheWindowWithoutOverlaps(_ width: Int, _ page: String) throws {
        let sites = try Self.sites.get()
        let path = page == "recommendation" ? sites.shippedPage : page
        let copy = try PageMeasure.prepare(sites.shipped.appendingPathComponent(path), media: .screen)
        let result = try measure(copy, width: width, name: "screen-measure-\(width)-\(path.replacingOccurrences(of: "/", with: "-"))")
        #expect(result.boxes > 100, "too few text boxes measured (\(result.boxes)): is the page laid out?")
        #expect(result.overflow.isEmpty, "\(path) at \(width) px is wider than the window: \(result.overflow)")
        #expect(result.overlaps == 0, "\(path) at \(width) px: \(result.overlaps) overlapping text boxes, e.g. \(result.overlapExamples)")
    }

    /// The measurement must be able to fail: two words placed on top of each other, and a table wider than
    /// its window, are caught.
    @Test func measurementCatchesOverlapAndOverflow() throws {
        let folder = Self.folder.appendingPathComponent("measure-control")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("p { position: absolute; top: 0; left: 0; margin: 0; } .table-wrap { overflow-x: auto; margin-top: 100px; } table { width: 2000px; }".utf8)
            .write(to: folder.appendingPathComponent("style.css"))
        let page = folder.appendingPathComponent("control.html")
        try Data("""
        <!DOCTYPE html><html lang="en"><head><title>control</title><link rel="stylesheet" href="style.css"></head>
        <body><p>66.7%</p><p>● Same</p><div class="table-wrap"><table><tr><td>wide</td></tr></table></div></body></html>
        """.utf8).write(to: page)
        let result = try measure(try PageMeasure.prepare(page, media: .screen), width: 820, name: "measure-control")
        #expect(result.overlaps == 1)
        #expect(result.overlapExamples.contains("66.7% OVER ● Same"))
        #expect(result.overflow.hasPrefix("table-wrap 2000>"))
    }

    private func measure(_ copy: URL, width: Int, name: String) throws -> PageMeasure.Result {
        let run = try browser().dumpDOM(copy, width: width, height: 1200, name: name)
        return try #require(PageMeasure.result(inDOM: run.output), "the measuring script did not run: \(run.console)")
    }

    @Test(arguments: [("index", 1280), ("index", 820), ("index", 390), ("recommendation", 1280), ("recommendation", 390)])
    func screenshot(_ page: String, _ width: Int) throws {
        let sites = try Self.sites.get()
        let source = sites.shipped.appendingPathComponent(page == "index" ? "index.html" : sites.shippedPage)
        let folder = Self.folder.appendingPathComponent("screenshots")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("\(page)-\(width).png")
        let run = try browser().screenshot(source, to: file, width: width, height: 2000, name: "screenshot-\(page)-\(width)")
        #expect(run.console.isEmpty, "console messages: \(run.console)")
        let size = try #require(PNGSize.of(file), "no screenshot at \(file.path)")
        #expect(size.width == width && size.height == 2000)
    }
}
