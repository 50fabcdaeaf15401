import Foundation
import RecTrackTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `report` builds the site beside its folder and switches it in at once, under a lock (#20): two runs never mix,
/// what a killed run left is cleared by the next, and a folder holding files rectrack did not write is never replaced.
@Suite("The site is switched in whole")
struct SiteSwitchTests {
    static let today = FixedToday.shippedTrackerText

    /// Every file under `site`, with its bytes.
    private func site(_ folder: TemporaryFolder) -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: folder.files(under: "site").map { ($0, folder.bytes("site/" + $0) ?? []) })
    }

    @Test("two reports into one folder at once: each writes the whole site or is refused by the lock, never a mix")
    func twoAtOnce() throws {
        let folder = try TemporaryFolder.shippedTracker()
        let first = try folder.run("report", "--output", "site", today: Self.today)
        #expect(first.status == 0, "\(first.stderr)")
        let reference = site(folder)
        #expect(reference.count > 10 && reference[".rectrack-site"] != nil)
        var refused = 0
        for round in 0..<6 {
            let runs = try (0..<2).map { _ in try BinaryRunner.start(["report", "--output", "site"], in: folder.path, today: Self.today) }
            let results = try runs.map { try $0.wait() }
            for result in results where result.status != 0 {
                #expect(result.status == 73, "round \(round): \(result.stderr)")
                #expect(result.stderr.contains("another rectrack report is writing site"), "round \(round): \(result.stderr)")
                refused += 1
            }
            #expect(results.contains { $0.status == 0 }, "round \(round): neither run wrote the site")
            #expect(site(folder) == reference, "round \(round): the site differs from one whole run")
            #expect(!folder.list().contains { $0.hasPrefix(".site.") }, "round \(round): \(folder.list())")
        }
        // Not asserted: whether the two runs overlapped in a given round depends on the machine's load.
        _ = refused
    }

    @Test("while another process holds the site's lock, report stops at once with exit 73 and writes nothing")
    func lockedOut() throws {
        let folder = try TemporaryFolder.shippedTracker()
        let descriptor = open(folder.path(".site.lock"), O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let result = try folder.run("report", "--output", "site", today: Self.today)
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("error: another rectrack report is writing site"), "\(result.stderr)")
        #expect(!folder.list().contains("site"))
    }

    @Test("what a killed run left beside the site is removed by the next run")
    func leftoversBesideTheSite() throws {
        let folder = try TemporaryFolder.shippedTracker()
        try folder.write(".site.new-99999/index.html", "<p>half a site")
        try folder.write(".site.old-88888/recommendations/R1.html", "<p>an old site")
        try folder.write("site/.rectrack-site", "")
        try folder.write("site/.index.html.tmp-77777-AbCdEf", "<p>half a page")
        let result = try folder.run("report", "--output", "site", today: Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!folder.list().contains { $0.hasPrefix(".site.") }, "\(folder.list())")
        #expect(!folder.list("site").contains { $0.contains(".tmp-") })
        #expect(folder.bytes("site/index.html") != nil)
    }

    @Test("a folder holding files rectrack did not write is refused, and the files are kept")
    func userFolderIsKept() throws {
        let folder = try TemporaryFolder.shippedTracker()
        try folder.write("public/notes.txt", "my notes")
        let result = try folder.run("report", "--output", "public", today: Self.today)
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr == "error: public holds files rectrack did not write (it has no .rectrack-site); rectrack report replaces the whole folder, so it will not replace this one. Name a new or empty folder; if an earlier rectrack report wrote it, remove it and run again\n")
        #expect(folder.list("public") == ["notes.txt"])
        #expect(folder.bytes("public/notes.txt") == Array("my notes".utf8))
        // The tracker's own folder is never taken for a site.
        let here = try folder.run("report", "--output", ".", today: Self.today)
        #expect(here.status == 73, "\(here.stderr)")
        #expect(folder.list("Recommendations").contains("R01.yaml"))
        // An empty folder is fine.
        try FileManager.default.createDirectory(atPath: folder.path("empty"), withIntermediateDirectories: false)
        #expect(try folder.run("report", "--output", "empty", today: Self.today).status == 0)
        #expect(folder.bytes("empty/index.html") != nil)
    }

    @Test("an output folder that is a link is replaced where it leads, and the link is kept")
    func outputIsALink() throws {
        let folder = try TemporaryFolder.shippedTracker()
        let web = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.path("site"), withDestinationPath: web.path("html"))
        try FileManager.default.createDirectory(atPath: web.path("html"), withIntermediateDirectories: false)
        for _ in 0..<2 {
            let result = try folder.run("report", "--output", "site", today: Self.today)
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path("site")) == web.path("html"))
        #expect(web.bytes("html/index.html") != nil)
        #expect(web.list() == ["html"], "\(web.list())")
    }
}
