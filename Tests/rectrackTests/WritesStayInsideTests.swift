import Foundation
import RecTrackTestSupport
import Testing

/// rectrack writes only inside the folder it was asked to write to, and never through a symbolic link below it.
@Suite("Writes stay inside the folder asked for")
struct WritesStayInsideTests {
    static let today = "2026-10-01"

    @Test("report --output '' and --output / are refused before anything is written")
    func emptyAndRootOutputs() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let empty = try folder.run("report", "--output", "", today: Self.today)
        #expect(empty.status == 64, "\(empty.stderr)")
        #expect(empty.stderr.hasPrefix("Error: --output is empty: name a folder for the site, such as site\n"))
        let root = try folder.run("report", "--output", "/", today: Self.today)
        #expect(root.status == 73, "\(root.stderr)")
        #expect(root.stderr.contains("will not write a site into the file system's root"))
        #expect(!FileManager.default.fileExists(atPath: "/index.html"))
    }

    @Test("a symbolic link inside the output folder is never written through")
    func linkInsideTheSite() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let outside = try TemporaryFolder()
        // A folder rectrack did not write is not replaced at all.
        try FileManager.default.createDirectory(atPath: folder.path("site"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path("site/recommendations"), withDestinationPath: outside.path)
        let refused = try folder.run("report", "--output", "site", today: Self.today)
        #expect(refused.status == 73, "\(refused.stderr)")
        #expect(refused.stderr.contains("site holds files rectrack did not write"), "\(refused.stderr)")
        // In a site rectrack wrote, the link goes with the old site: removed, never followed.
        try folder.write("site/.rectrack-site", "")
        let written = try folder.run("report", "--output", "site", today: Self.today)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path("site/recommendations/R1.html")))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: folder.path("site/recommendations"))) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty, "a file was written outside the site")
    }

    @Test("a Snapshots/ folder that is a link out of the tracker is never written through")
    func snapshotsLinkOut() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let outside = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.path("Snapshots"), withDestinationPath: outside.path)
        let result = try folder.run("check", "--quarter", "2025Q4", today: "2026-01-02")
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr.contains("Snapshots is a symbolic link"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty, "a file was written outside the tracker")
    }
}
