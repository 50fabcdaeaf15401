import Foundation
import RecTrackTestSupport
import Testing

/// The site's Atom feeds end to end (#21): written by the built binary from the quarterly fixture's snapshots, growing by
/// one quarter's entries when a fourth quarter is checked without touching the earlier ones, and checked by tools that
/// are not rectrack's own (scripts/check-feeds.py: RFC 4287's RELAX NG schema with lxml, and feedparser).
@Suite struct FeedTests {
    /// The entries of a feed, each as written, in the feed's order.
    static func entries(_ feed: String) -> [String] {
        feed.components(separatedBy: "  <entry>\n").dropFirst().map { "  <entry>\n" + $0.replacingOccurrences(of: "</feed>\n", with: "") }
    }

    /// The fixture after its first three quarters, each checked on the first day after it (the data package's tests
    /// build it the same way).
    static func threeQuarters() throws -> TemporaryFolder { try ExportCommandTests.threeQuarters() }

    @Test("feed.xml after three quarters: entries of 2026Q3 and 2026Q2 (the first snapshot has none before it), as recorded")
    func threeQuarterFeedMatchesGoldenFile() throws {
        let folder = try Self.threeQuarters()
        let report = try folder.run("report", "--output", "site", today: "2026-10-01")
        #expect(report.status == 0, "\(report.stderr)")
        try Golden.assert(try folder.read("site/feed.xml"), named: "quarterly/feed-2026Q3.xml")
        try Golden.assert(try folder.read("site/recommendations/R2.xml"), named: "quarterly/feed-R2-2026Q3.xml")
    }

    @Test("checking a fourth quarter adds exactly its entries, first, and leaves every earlier entry byte for byte")
    func fourthQuarterPrependsItsEntriesOnly() throws {
        let folder = try Self.threeQuarters()
        #expect(try folder.run("report", "--output", "site", today: "2026-10-01").status == 0)
        let before = try folder.read("site/feed.xml"), r1Before = try folder.read("site/recommendations/R1.xml")

        // 2026Q4: R1's strategy is republished, and the title of evidence the 2026Q3 entries rest on is corrected.
        try folder.addQuarter(4)
        let check = try folder.run("check", today: "2027-01-04")
        #expect(check.status == 0, "\(check.stderr)")
        let report = try folder.run("report", "--output", "site", today: "2027-01-04")
        #expect(report.status == 0, "\(report.stderr)")
        let after = try folder.read("site/feed.xml"), r1After = try folder.read("site/recommendations/R1.xml")

        let old = Self.entries(before), new = Self.entries(after)
        #expect(old.count == 5)
        #expect(new.count == old.count + 1)
        #expect(Array(new.suffix(old.count)) == old, "an earlier entry changed")
        #expect(new.first?.contains("<title>R1 Publish a workforce strategy, 2026Q4: no-progress 0% → substantial 50%; owner now agrees</title>\n    <updated>2026-12-31T00:00:00Z</updated>") == true)
        #expect(Array(Self.entries(r1After).dropFirst()) == Self.entries(r1Before))
        // The feed's own head moves only its date; the 2026Q3 entry keeps the title its snapshot recorded.
        #expect(after.components(separatedBy: "  <entry>\n")[0] == before.components(separatedBy: "  <entry>\n")[0]
            .replacingOccurrences(of: "<updated>2026-09-30T00:00:00Z</updated>", with: "<updated>2026-12-31T00:00:00Z</updated>"))
        #expect(after.contains("Statutory guidance on advocacy &lt;2026&gt; (Jul 2026)") && !after.contains("corrected title"))

        // A site assessed as of a past quarter has only the entries published by then.
        let past = try folder.run("report", "--output", "past", "--as-of", "2026Q3", today: "2027-01-04")
        #expect(past.status == 0, "\(past.stderr)")
        #expect(try folder.read("past/feed.xml") == before)
    }

    @Test("independent tools accept the feeds, relative and absolute, and refuse each broken copy",
          .enabled(if: RepositoryScripts.python3Available, "python3 is not installed, so the feeds are not checked by RFC 4287's schema and feedparser: apt-get install python3 python3-venv"))
    func independentToolsAcceptTheFeeds() throws {
        let folder = try Self.threeQuarters()
        #expect(try folder.run("report", "--output", "relative", today: "2026-10-01").status == 0)
        #expect(try folder.run("report", "--output", "absolute", "--site-url", "https://example.org/tracker", today: "2026-10-01").status == 0)
        #expect(try folder.read("absolute/feed.xml").contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/tracker/recommendations/R1.html\"/>"))

        let python = try RepositoryScripts.pythonTools.get().appendingPathComponent("python")
        for (site, extra) in [("relative", [String]()), ("absolute", ["--site-url", "https://example.org/tracker/"])] {
            let result = try BinaryRunner.run([Fixtures.inPackage("scripts/check-feeds.py").path, "--control"] + extra + [folder.path(site)],
                                              executable: python)
            #expect(result.status == 0, "\(site): \(result.stdout)\(result.stderr)")
            #expect(result.stdout.contains("ok   feed.xml\nok   recommendations/R1.xml\nok   recommendations/R2.xml\nok   recommendations/R3.xml\n"), "\(result.stdout)")
            #expect(result.stdout.contains("control: 7 of 7 broken feeds refused\n"), "\(result.stdout)")
            #expect(result.stdout.hasSuffix("7 passed, 0 failed\n"), "\(result.stdout)")
        }
    }

    @Test("a site address that is not http(s), or has a query, is a usage error naming the option")
    func badSiteAddressIsAUsageError() throws {
        let tracker = Fixtures.quarterly.appendingPathComponent("tracker").path
        for address in ["ftp://example.org/", "https://example.org/?page=1", "example.org"] {
            let result = try BinaryRunner.run(["report", "--root", tracker, "--site-url", address, "--output", "/tmp/never-written-feeds"])
            #expect(result.status == 64, "\(address): \(result.stderr)")
            #expect(result.stderr.contains("is not a site address: give the http(s) address the site's index.html is published under"), "\(result.stderr)")
        }
        let markdown = try BinaryRunner.run(["report", "--root", tracker, "--format", "markdown", "--site-url", "https://example.org/"])
        #expect(markdown.status == 64)
        #expect(markdown.stderr.contains("--site-url is for the html site's feeds"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written-feeds"))
    }

    @Test("a snapshot that cannot be read stops the report with its place and exit 65, and writes no site")
    func unreadableSnapshotStopsTheReport() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        try folder.write("Snapshots/2026Q1.json", "{\"schemaVersion\": 1, \"report\": ")
        let result = try folder.run("report", "--output", "site", today: "2026-10-01")
        #expect(result.status == 65)
        #expect(result.stderr.contains("Snapshots/2026Q1.json: error: it is not JSON, or it is cut short"), "\(result.stderr)")
        #expect(folder.bytes("site/index.html") == nil)
    }
}
