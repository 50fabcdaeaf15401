import Foundation
import RecTrackTestSupport
import Testing

/// `rectrack report` end to end: the built binary's files, stdout, stderr and exit codes.
@Suite struct ReportCommandTests {
    static let fixture = Fixtures.hostileTracker.path

    /// Every file under a folder, by its path relative to it.
    func files(under folder: TemporaryFolder, _ relative: String) -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: folder.files(under: relative).map { ($0, folder.bytes(relative + "/" + $0) ?? []) })
    }

    @Test func writesTheSiteTwiceByteForByte() throws {
        let scratch = try TemporaryFolder()
        let folder = scratch.path
        let first = try BinaryRunner.run(["report", "--root", Self.fixture, "--as-of", FixedToday.text, "--output", folder + "/a"])
        #expect(first.status == 0)
        #expect(first.stderr == "Wrote 30 files to \(folder)/a/; open \(folder)/a/index.html.\n")
        let second = try BinaryRunner.run(["report", "--root", Self.fixture, "--as-of", FixedToday.text, "--output", folder + "/b"])
        #expect(second.status == 0)
        let a = files(under: scratch, "a"), b = files(under: scratch, "b")
        #expect(a.keys.filter { !$0.hasPrefix("data/") }.sorted() == [".rectrack-site", "badges/R1.svg", "badges/R2.svg", "badges/R3.svg",
                                    "feed.xml", "index.html", "owners/DfE.html", "owners/LGA.html", "print.html",
                                    "recommendations/R1.html", "recommendations/R1.xml", "recommendations/R2.html",
                                    "recommendations/R2.xml", "recommendations/R3.html", "recommendations/R3.xml", "style.css"])
        // The data package: fourteen tables and their datapackage.json.
        #expect(a.keys.filter { $0.hasPrefix("data/") }.count == 15 && a["data/datapackage.json"] != nil)
        #expect(a == b)
    }

    @Test func markdownGoesToStandardOutputOrToAFile() throws {
        let scratch = try TemporaryFolder()
        let folder = scratch.path
        let printed = try BinaryRunner.run(["report", "--root", Self.fixture, "--as-of", FixedToday.text, "--format", "markdown"])
        #expect(printed.status == 0)
        #expect(printed.stdout.hasPrefix("# Tests & \"Quotes\" &lt;Report>: where government stands\n"))
        let written = try BinaryRunner.run(["report", "--root", Self.fixture, "--as-of", FixedToday.text, "--format", "markdown", "--output", folder + "/brief.md"])
        #expect(written.status == 0)
        #expect(scratch.bytes("brief.md") == Array(printed.stdout.utf8))
    }

    @Test func unwritableOutputExits73() throws {
        let scratch = try TemporaryFolder()
        let folder = scratch.path
        try scratch.write("file", "x")
        let site = try BinaryRunner.run(["report", "--root", Self.fixture, "--as-of", FixedToday.text, "--output", folder + "/file/site"])
        #expect(site.status == 73)
        #expect(site.stderr == "error: cannot create the folder \(folder)/file: something that is not a folder is already there\n")
        let brief = try BinaryRunner.run(["report", "--root", Self.fixture, "--as-of", FixedToday.text, "--format", "markdown",
                                          "--output", folder + "/missing/brief.md"])
        #expect(brief.status == 73)
        #expect(brief.stderr == "error: cannot write \(folder)/missing/brief.md: No such file or directory\n")
    }

    @Test func missingTrackerExits66() throws {
        let result = try BinaryRunner.run(["report", "--root", "/nonexistent-tracker", "--output", "/tmp/never-written"])
        #expect(result.status == 66)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try BinaryRunner.run(["report", "--root", Self.fixture, "--format", "pdf"])
        #expect(result.status == 64)
    }
}
