import RecTrackCore
import RecTrackReports
import RecTrackTestSupport
import Testing

/// Golden files for every page type of the site and for the brief, rendered from the hostile fixture.
@Suite struct SiteSnapshotTests {
    static let pages = ["index.html", "print.html", "style.css", "recommendations/R1.html", "recommendations/R2.html",
                        "recommendations/R3.html", "owners/DfE.html", "owners/LGA.html", "badges/R1.svg", "badges/R2.svg", "badges/R3.svg",
                        "feed.xml", "recommendations/R1.xml"]

    @Test(arguments: pages)
    func sitePageMatchesGoldenFile(_ path: String) throws {
        let files = try SiteRenderer(HostileFixture.assessed()).render()
        let file = try #require(files.first { $0.path == path }, "the site has no \(path)")
        try Golden.assert(file.contents, named: "site/" + path)
    }

    @Test func siteHasExactlyTheseFiles() throws {
        let files = try SiteRenderer(HostileFixture.assessed()).render()
        let data = DataPackageRenderer.schemas.map { "data/" + $0.fileName } + ["data/datapackage.json"]
        #expect(files.map(\.path) == (data + ["badges/R1.svg", "badges/R2.svg", "badges/R3.svg", "feed.xml", "index.html", "owners/DfE.html",
                                               "owners/LGA.html", "print.html", "recommendations/R1.html", "recommendations/R1.xml",
                                               "recommendations/R2.html", "recommendations/R2.xml", "recommendations/R3.html",
                                               "recommendations/R3.xml", "style.css"]).sorted())
    }

    @Test func briefMatchesGoldenFile() throws {
        try Golden.assert(BriefRenderer(HostileFixture.assessed()).render(), named: "brief.md")
    }

    @Test func briefWithKnownAtMatchesGoldenFile() throws {
        let data = AssessedTracker.assessing(try HostileFixture.tracker(), asOf: FixedToday.day,
                                   knownAt: Day(year: 2026, month: 9, day: 1)!)
        try Golden.assert(BriefRenderer(data).render(), named: "brief-known-at-2026-09-01.md")
    }
}
