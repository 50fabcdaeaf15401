import Foundation
import RecTrackCore
@testable import RecTrackReports
import RecTrackTestSupport
import Testing

/// Every kind of page of the site passes axe-core's WCAG 2.1 A and AA rules in headless Chromium (``AxeCheck``), for
/// the shipped data and for the hostile fixture, and a control page with known violations fails them; each badge's
/// text, drawn by Chromium with the fonts installed, fits the part of the badge estimated for it.
///
/// axe-core comes from PyPI (`scripts/ensure-axe-core.sh`). Without Chromium the suite is skipped with a message
/// saying so, as the other browser tests are; under CI (`CI=true`) it runs anyway and fails when Chromium is missing.
@Suite(.serialized, .enabled(if: Chromium.installedPath != nil || Chromium.underCI,
                             "Chromium is not installed, so the accessibility check is skipped: apt-get install chromium (CI=true makes this a failure)"))
struct AccessibilityTests {
    /// axe.min.js, fetched once per test process.
    static let axe: Result<URL, TestSetupError> = RepositoryScripts.pythonTools.flatMap { _ in
        Result { URL(fileURLWithPath: try RepositoryScripts.printedPath(of: "scripts/ensure-axe-core.sh")) }
            .mapError { $0 as? TestSetupError ?? TestSetupError("\($0)") }
    }

    func browser() throws -> Chromium {
        let path = try #require(Chromium.installedPath, "CI=true but chromium is not on PATH: .ci/run installs Debian's chromium package")
        return Chromium(path: path, workFolder: BrowserTests.folder.appendingPathComponent("logs"))
    }

    /// Runs axe-core on a page; what it could not decide is kept in `.build/browser-test/logs/NAME-axe.txt`.
    func check(_ page: URL, name: String) throws -> AxeCheck.Result {
        let copy = try AxeCheck.prepare(page, axe: try Self.axe.get())
        let run = try browser().dumpDOM(copy, waiting: 30_000, name: name + "-axe")
        let result = try #require(AxeCheck.result(inDOM: run.output),
                                  "axe-core did not finish on \(page.path): \(AxeCheck.error(inDOM: run.output) ?? "no error reported"); \(run.console)")
        try? Data((["passed: \(result.passed)", "violations:"] + result.violations + ["incomplete:"] + result.incomplete).joined(separator: "\n").utf8)
            .write(to: BrowserTests.folder.appendingPathComponent("logs/\(name)-axe.txt"))
        return result
    }

    /// The index, a recommendation's page with a metric chart (or, in the hostile fixture, with a reply and a
    /// rejection), an owner's page and the print pack.
    @Test(arguments: [("shipped", "index.html"), ("shipped", "recommendation"), ("shipped", "owners/DfE.html"), ("shipped", "print.html"),
                      ("hostile", "index.html"), ("hostile", "recommendations/R1.html"), ("hostile", "recommendations/R2.html"),
                      ("hostile", "owners/LGA.html"), ("hostile", "print.html")])
    func pagePassesWCAG21AA(_ site: String, _ page: String) throws {
        let sites = try BrowserTests.sites.get()
        let path = page == "recommendation" ? sites.shippedPage : page
        let folder = site == "shipped" ? sites.shipped : sites.hostile
        let result = try check(folder.appendingPathComponent(path), name: "\(site)-\(path.replacingOccurrences(of: "/", with: "-"))")
        #expect(result.violations.isEmpty, "\(site) \(path) violates: \(result.violations.joined(separator: "; "))")
        #expect(result.passed >= 15, "only \(result.passed) rules passed on \(site) \(path): did axe-core see the page?")
        // axe-core cannot compute the contrast of text drawn in an SVG; the charts' colours are checked by StatusPaletteTests.
        #expect(result.incomplete.allSatisfy { $0.hasPrefix("color-contrast (") }, "\(site) \(path) left undecided: \(result.incomplete)")
    }

    /// The check must be able to fail: an image with no text alternative, grey text too pale to read, a form field
    /// with no label and a page with no language are each caught.
    @Test func controlPageFails() throws {
        let folder = BrowserTests.folder.appendingPathComponent("axe-control")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("control.html")
        try Data("""
        <!DOCTYPE html><html><head><title>control</title></head><body><main>
        <h1>Control</h1><img src="chart.svg"><p style="color: #b0b0b0; background: #ffffff">Too pale to read.</p>
        <input type="text"></main></body></html>
        """.utf8).write(to: page)
        let result = try check(page, name: "control")
        for rule in ["image-alt", "color-contrast", "label", "html-has-lang"] {
            #expect(result.violations.contains { $0.hasPrefix(rule + " (") }, "axe-core did not report \(rule): \(result.violations)")
        }
    }

    /// Each badge's two texts, as Chromium draws them, fit inside their parts less the padding: every status, with
    /// and without its figure, flagged, and a long id.
    @Test func badgeTextFitsItsParts() throws {
        var assessments = try Status.allCases.map { try BadgeTests.assessment($0, progress: 99.9, stale: true) }
        var long = try BadgeTests.assessment(.noProgress, progress: 0)
        long.recommendation = "R12-WWMM-long-recommendation-id"
        assessments.append(long)
        assessments += AssessedTracker.assessing(try ShippedTracker.load(), asOf: FixedToday.shippedTracker).assessments
        let badges = assessments.map { BadgeTests.badge($0).render() }
        let folder = BrowserTests.folder.appendingPathComponent("badge-fit")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("badges.html")
        try Data("""
        <!DOCTYPE html><html lang="en"><head><title>badges</title></head><body>
        \(badges.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        <script>
        addEventListener('load', () => {
          const found = [];
          let measured = 0;
          for (const svg of document.querySelectorAll('svg')) {
            const rects = svg.querySelectorAll('rect'), texts = svg.querySelectorAll('text');
            texts.forEach((text, i) => {
              measured++;
              const room = rects[i].width.baseVal.value - 2 * \(Badge.padding), drawn = text.getComputedTextLength();
              if (drawn > room) found.push(text.textContent + ' ' + drawn.toFixed(1) + '>' + room);
            });
          }
          document.body.setAttribute('data-measured', String(measured));
          document.body.setAttribute('data-too-wide', found.join(' | '));
        });
        </script></body></html>
        """.utf8).write(to: page)
        let run = try browser().dumpDOM(page, name: "badge-fit")
        let measured = try #require(run.output.firstMatch(of: /data-measured="(\d+)"/).flatMap { Int($0.1) }, "the measuring script did not run: \(run.console)")
        #expect(measured == 2 * badges.count)
        let tooWide = run.output.firstMatch(of: /data-too-wide="([^"]*)"/).map { String($0.1) } ?? "not measured"
        #expect(tooWide.isEmpty, "text wider than its part: \(tooWide)")
    }

    /// Every badge of the shipped site loads as an image in a page that embeds it as the snippet does (`<img>`, which
    /// runs no script in it and fetches nothing for it), at the width and height it declares; a broken file does not.
    @Test func badgesLoadAsImages() throws {
        let sites = try BrowserTests.sites.get()
        let badges = try FileManager.default.contentsOfDirectory(atPath: sites.shipped.appendingPathComponent("badges").path).sorted()
        #expect(badges.count == sites.shippedCount)
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\"".utf8).write(to: BrowserTests.folder.appendingPathComponent("broken-badge.svg"))
        let images = badges.map { "<img src=\"shipped/badges/\($0)\" alt=\"\($0)\">" } + ["<img src=\"broken-badge.svg\" alt=\"broken\">"]
        let page = BrowserTests.folder.appendingPathComponent("badges-as-images.html")
        try Data("""
        <!DOCTYPE html><html lang="en"><head><title>badges</title></head><body>
        \(images.joined(separator: "\n"))
        <script>
        addEventListener('load', () => {
          document.body.setAttribute('data-loaded', [...document.images].filter(i => i.naturalWidth > 0 && i.naturalHeight === 20).map(i => i.alt).join(' '));
        });
        </script></body></html>
        """.utf8).write(to: page)
        let run = try browser().dumpDOM(page, name: "badges-as-images")
        let loaded = try #require(run.output.firstMatch(of: /data-loaded="([^"]*)"/).map { $0.1.split(separator: " ").map(String.init) },
                                  "the script did not run: \(run.console)")
        #expect(loaded == badges, "loaded as images: \(loaded)")
    }
}
