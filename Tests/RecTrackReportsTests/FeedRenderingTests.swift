import RecTrackCore
@testable import RecTrackReports
import RecTrackTestSupport
import Testing

/// The pieces of the Atom feeds (#21): ids, addresses, and entries made from snapshots alone.
@Suite struct FeedRenderingTests {
    @Test("a version-8 UUID from SHA-256, as RFC 9562's Appendix B.2 makes www.example.com's in the DNS namespace")
    func nameBasedUUIDMatchesTheRFCExample() {
        let dns: [UInt8] = [0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]
        #expect(NameBasedUUID.uuid(dns + Array("www.example.com".utf8)) == "5c146b14-3c52-8afd-938a-375d0df1fbf6")
        #expect(NameBasedUUID.urn("a") == NameBasedUUID.urn("a"))
        #expect(NameBasedUUID.urn("a") != NameBasedUUID.urn("b"))
    }

    @Test("an entry's id is named by report, recommendation and quarter only")
    func entryIDsAreStableAndDistinct() {
        let q3 = Quarter("2026Q3")!, q4 = Quarter("2026Q4")!
        let id = FeedEntry.id(report: "no-good-options", recommendation: "R6", quarter: q3)
        #expect(id == FeedEntry.id(report: "no-good-options", recommendation: "R6", quarter: q3))
        #expect(Set([id, FeedEntry.id(report: "no-good-options", recommendation: "R6", quarter: q4),
                     FeedEntry.id(report: "no-good-options", recommendation: "R7", quarter: q3),
                     FeedEntry.id(report: "other", recommendation: "R6", quarter: q3)]).count == 4)
        #expect(id.hasPrefix("urn:uuid:") && id.count == 45)
    }

    @Test("an entry keeps its id when a second report is added and the tracker's keys become qualified")
    func entryIDsSurviveQualifiedKeys() throws {
        let tracker = try HostileFixture.tracker()
        let day = FixedToday.day
        let snapshot = Snapshot(quarter: Quarter(containing: day), tracker: tracker,
                                assessments: Evaluator(tracker: tracker).assessAll(asOf: day), digests: [:], gitCommit: nil,
                                comparedWith: nil)
        let short = try #require(snapshot.assessments.first)
        var qualified = short
        qualified.recommendation = RecommendationIndex.qualified(report: snapshot.report, id: short.recommendation)
        qualified.reportID = snapshot.report
        #expect(FeedEntry.id(for: short, in: snapshot) == FeedEntry.id(for: qualified, in: snapshot))
        #expect(FeedEntry.id(for: short, in: snapshot)
                == FeedEntry.id(report: snapshot.report, recommendation: short.recommendation, quarter: snapshot.quarter))
        var otherReport = qualified
        otherReport.recommendation = RecommendationIndex.qualified(report: "another-report", id: short.recommendation)
        otherReport.reportID = "another-report"
        #expect(FeedEntry.id(for: otherReport, in: snapshot) != FeedEntry.id(for: short, in: snapshot))
    }

    @Test(arguments: [("https://example.org/tracker", "https://example.org/tracker/"), ("http://example.org/", "http://example.org/"),
                      ("HTTPS://example.org/a/b/", "HTTPS://example.org/a/b/")])
    func siteAddressEndsInASlash(_ given: String, _ url: String) throws {
        #expect(try SiteAddress(given).url == url)
    }

    @Test(arguments: ["", "example.org", "ftp://example.org/", "https://", "https:///path", "https://example.org/?q=1",
                      "https://example.org/#top", "https://exa mple.org/", "https://example.org/\"", "https://bücher.example/"])
    func siteAddressRefusesWhatIsNotOne(_ text: String) {
        #expect(throws: SiteError.self) { try SiteAddress(text) }
    }

    @Test("relative links lead back to the site's folder by xml:base; absolute ones need none")
    func feedAddressWritesLinksFromTheSiteFolder() throws {
        #expect(FeedAddress(site: nil, depth: 0).base == "./")
        #expect(FeedAddress(site: nil, depth: 1).base == "../")
        #expect(FeedAddress(site: nil, depth: 1).href("recommendations/R1.html") == "recommendations/R1.html")
        let absolute = FeedAddress(site: try SiteAddress("https://example.org/t"), depth: 1)
        #expect(absolute.base == nil)
        #expect(absolute.href("recommendations/R1.html") == "https://example.org/t/recommendations/R1.html")
    }

    @Test("entries come from snapshots alone: editing evidence after them changes no entry, and one snapshot gives none")
    func entriesIgnoreTheEvidenceAsItIsNow() throws {
        let tracker = try HostileFixture.tracker()
        let early = Day(year: 2017, month: 3, day: 31)!, late = FixedToday.day
        let evaluator = Evaluator(tracker: tracker)
        func snapshot(_ day: Day) -> Snapshot {
            Snapshot(quarter: Quarter(containing: day), tracker: tracker, assessments: evaluator.assessAll(asOf: day), digests: [:],
                     gitCommit: nil, comparedWith: nil)
        }
        let snapshots = [snapshot(late), snapshot(early)]
        #expect(FeedHistory.entries(from: [snapshots[0]], tracker: tracker).isEmpty)
        let entries = FeedHistory.entries(from: snapshots, tracker: tracker)
        #expect(!entries.isEmpty)
        #expect(entries.allSatisfy { $0.quarter == Quarter(containing: late) && $0.updated == Quarter(containing: late).lastDay })
        var edited = tracker
        edited.evidence = tracker.evidence.map { item in
            var copy = item
            copy.title = "A title given after the snapshots"
            return copy
        }
        #expect(FeedHistory.entries(from: snapshots, tracker: edited) == entries)
    }
}
