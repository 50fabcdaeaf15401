import Foundation
import RecTrackReports
import RecTrackTestSupport
import Testing

/// The linked fixture (`Tests/Fixtures/linked`) end to end: its lineages in every format of `show`, the worklist's
/// question on an accepted recommendation that a later call repeats, the brief and the site's pages; and the
/// proof that links never change a status, on the fixture and on the shipped tracker.
@Suite("Links between recommendations, end to end")
struct LinkedTrackerTests {
    static let today = "2026-11-23"

    /// A copy of the linked fixture, so nothing a command writes can reach the repository.
    static func fixture() throws -> TemporaryFolder {
        try TemporaryFolder.copy(of: Fixtures.url("linked"))
    }

    /// `recommendations` with every `links:` block taken out of their records.
    static func withoutLinks(_ folder: TemporaryFolder, _ records: [String]) throws {
        for record in records {
            let path = "Recommendations/\(record).yaml"
            let text = try folder.read(path)
            let start = try #require(text.range(of: "\nlinks:\n"), "\(record) has no links")
            let end = try #require(text.range(of: "\nprotocol:", range: start.upperBound..<text.endIndex))
            try folder.write(path, String(text[..<start.lowerBound]) + String(text[end.lowerBound...]))
        }
    }

    private func compare<Format: OutputFormat>(_ arguments: [String], _ format: Format, golden stem: String,
                                               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let folder = try Self.fixture()
        let result = try BinaryRunner.run(arguments + ["--format", format.rawValue], in: folder.path, today: Self.today)
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        try Golden.assert(result.stdout, named: "linked/\(stem).\(format.fileExtension)", sourceLocation: sourceLocation)
    }

    @Test("the fixture validates clean")
    func validates() throws {
        let folder = try Self.fixture()
        let result = try BinaryRunner.run(["validate"], in: folder.path, today: Self.today)
        #expect(result.status == 0 && result.stdout == "6 files checked: no problems found.\n", "\(result.stdout)\(result.stderr)")
    }

    @Test("show R1: the earlier paper, itself, R2 building on it and the later review, in date order", arguments: ShowFormat.allCases)
    func showR1(_ format: ShowFormat) throws { try compare(["show", "R1"], format, golden: "show-R1") }

    @Test("show R2: the earlier report it repeats, then itself and R1, which it builds on", arguments: ShowFormat.allCases)
    func showR2(_ format: ShowFormat) throws { try compare(["show", "R2"], format, golden: "show-R2") }

    @Test("worklist: R1 was accepted and a later call repeats it; R2 was accepted in principle but nothing later repeats it",
          arguments: SectionFormat.allCases)
    func worklist(_ format: SectionFormat) throws { try compare(["worklist"], format, golden: "worklist") }

    @Test("the brief names the calls that repeat or build on each recommendation")
    func brief() throws {
        let folder = try Self.fixture()
        let result = try BinaryRunner.run(["report", "--format", "markdown"], in: folder.path, today: Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        try Golden.assert(result.stdout, named: "linked/brief.md")
    }

    @Test("the site's pages show each lineage; the print pack names the calls that repeat or build on each recommendation", arguments: ["recommendations/R1.html", "recommendations/R2.html", "print.html"])
    func site(_ page: String) throws {
        let folder = try Self.fixture()
        let result = try BinaryRunner.run(["report", "--output", "site"], in: folder.path, today: Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        try Golden.assert(try folder.read("site/" + page), named: "linked/site/" + page)
    }

    @Test("a recommendation without links reads exactly as before: no lineage in its text, JSON or page")
    func withoutLinksAsBefore() throws {
        let folder = try Self.fixture()
        let text = try BinaryRunner.run(["show", "R3"], in: folder.path, today: Self.today)
        let json = try BinaryRunner.run(["show", "R3", "--format", "json"], in: folder.path, today: Self.today)
        #expect(text.status == 0 && !text.stdout.contains("Lineage"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["lineage"] == nil)
        _ = try BinaryRunner.run(["report", "--output", "site"], in: folder.path, today: Self.today)
        #expect(!(try folder.read("site/recommendations/R3.html")).contains("lineage"))
        #expect(try folder.read("site/recommendations/R1.html").contains("R1-lineage"))
    }

    @Test("a link's words are escaped on the page and in the brief, and only its http(s) address becomes a link")
    func hostileWords() throws {
        let folder = try Self.fixture()
        try folder.write("Recommendations/R03.yaml", """
            id: R3
            number: 3
            title: Review the intervention regime
            text: The department should review how it intervenes in failing children's services.
            theme: Intervention
            owners: [DfE]
            links:
              - kind: repeated-by
                title: "<script>alert(1)</script> [a](javascript:alert(2))"
                publisher: "*A* <b>Committee</b>"
                url: https://example.org/a?b=1&c=2
                date: 2025
                note: "Says <img src=x onerror=alert(3)>."
            protocol:
              kind: response
            """)
        let site = try BinaryRunner.run(["report", "--output", "site"], in: folder.path, today: Self.today)
        #expect(site.status == 0, "\(site.stdout)\(site.stderr)")
        let page = try folder.read("site/recommendations/R3.html")
        #expect(!page.contains("<script>alert") && !page.contains("<img src=x") && !page.contains("<b>Committee"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && page.contains("href=\"https://example.org/a?b=1&amp;c=2\""))
        let brief = try BinaryRunner.run(["report", "--format", "markdown"], in: folder.path, today: Self.today).stdout
        let line = try #require(brief.split(separator: "\n").first { $0.hasPrefix("Repeated by") }, "\(brief)")
        #expect(!line.contains("<script>") && !line.contains("](javascript:") && !line.contains("*A*"), "\(line)")
    }

    @Test("links never change a status: the status table in every format is the same with the links taken out",
          arguments: StatusFormat.allCases)
    func neverChangeAStatus(_ format: StatusFormat) throws {
        let linked = try Self.fixture(), plain = try Self.fixture()
        try Self.withoutLinks(plain, ["R01", "R02"])
        #expect(try !plain.read("Recommendations/R01.yaml").contains("links:"))
        let a = try BinaryRunner.run(["status", "--format", format.rawValue], in: linked.path, today: Self.today)
        let b = try BinaryRunner.run(["status", "--format", format.rawValue], in: plain.path, today: Self.today)
        #expect(a.status == 0 && a == b)
    }

    @Test("the shipped links never change a shipped status")
    func shippedLinksNeverChangeAStatus() throws {
        let linked = try TemporaryFolder.shippedTracker(), plain = try TemporaryFolder.shippedTracker()
        try Self.withoutLinks(plain, ["R01", "R02", "R04", "R05"])
        let a = try BinaryRunner.run(["status", "--format", "json"], in: linked.path, today: FixedToday.shippedTrackerText)
        let b = try BinaryRunner.run(["status", "--format", "json"], in: plain.path, today: FixedToday.shippedTrackerText)
        #expect(a.status == 0 && a == b)
    }

    @Test("a link to a recommendation the tracker lacks is a located error, exit 65, and nothing is assessed")
    func badLinkEndToEnd() throws {
        let folder = try Self.fixture()
        let r2 = try folder.read("Recommendations/R02.yaml")
        try folder.write("Recommendations/R02.yaml", r2.replacingOccurrences(of: "recommendation: R1", with: "recommendation: R9"))
        let result = try BinaryRunner.run(["validate"], in: folder.path, today: Self.today)
        #expect(result.status == 65)
        #expect(result.stdout.hasPrefix("Recommendations/R02.yaml:8:5: error: the link names 'R9', which is not a recommendation of this tracker. The tracker has R1 to R3. [RT0801 link-unknown-recommendation]\n"))
        #expect(try BinaryRunner.run(["status"], in: folder.path, today: Self.today).status == 65)
    }
}

/// The quarter's snapshot, written while the tracker had one report, compared with a check after a second report was
/// added: the message names only what moved, with the old short ids read as the first report's.
@Suite("A snapshot compared across adding a report")
struct SnapshotAcrossAddedReportTests {
    @Test("RT0511 names the new recommendation alone, not every recommendation under its new qualified id")
    func onlyTheNewRecommendationDiffers() throws {
        let folder = try TemporaryFolder.copy(of: Fixtures.url("linked"))
        let today = "2026-12-02"
        #expect(try folder.run("check", "--quarter", "2026Q3", today: today).status == 0)
        // Short ids that a second report would make ambiguous are qualified, so the tracker stays valid.
        for path in ["Recommendations/R02.yaml"] + folder.files(under: "Evidence").map({ "Evidence/" + $0 }) {
            let text: String = try folder.read(path)
            let qualified = text.replacingOccurrences(of: "recommendation: R1\n", with: "recommendation: linked-fixture:R1\n")
            try folder.write(path, qualified.replacingOccurrences(of: "recommendation: R2\n", with: "recommendation: linked-fixture:R2\n"))
        }
        try folder.write("Recommendations/later-report/report.yaml", "id: later-report\ntitle: Later\npublisher: P\ndate: 2020-01-01\n")
        try folder.write("Recommendations/later-report/R09.yaml", "id: R9\nnumber: 9\ntitle: Later R9\ntext: T.\ntheme: T\nowners: [DfE]\nprotocol:\n  kind: response\n")
        let again = try folder.run("check", "--quarter", "2026Q3", today: today)
        #expect(again.status == 73, "\(again.stdout)\(again.stderr)")
        #expect(again.stderr.contains("(status or progress differs for later-report:R9;"), "\(again.stderr)")
    }
}
