import Foundation
import RecTrackTestSupport
import Testing

/// Output that cannot be written is an error, and `report`'s Markdown `--output` never replaces a file that rectrack
/// did not write: a record of the tracker, a note of the user's, a device.
@Suite("Output is written in full or the run fails, and never over the user's files")
struct OutputNeverLostTests {
    static let fixture = Fixtures.hostileTracker.path

    private func report(_ extra: [String]) throws -> RunResult {
        try BinaryRunner.run(["report", "--root", Self.fixture, "--as-of", FixedToday.text] + extra)
    }

    @Test("a brief or reply pack over a file the user wrote is refused with exit 73, and the file is left as it was",
          arguments: [["--format", "markdown"], ["--for-reply", "--owner", "DfE"]])
    func userFileIsKept(_ kind: [String]) throws {
        let scratch = try TemporaryFolder()
        for (name, text) in [("notes.md", "My own notes.\n"), ("R01.yaml", "id: R1\nnumber: 1\n"), ("fake.md", "# Looks like a brief\n\n*But it says nothing of rectrack.*\n")] {
            try scratch.write(name, text)
            let result = try report(kind + ["--output", scratch.path(name)])
            #expect(result.status == 73, "\(name): \(result.stderr)")
            #expect(result.stderr == "error: \(scratch.path(name)) already exists and is not a brief or reply pack that rectrack wrote, so rectrack leaves it as it is: give another path, or move the file away first\n")
            #expect(try scratch.read(name) == text)
        }
    }

    @Test("a brief or reply pack that rectrack wrote is replaced: the same command runs again, and one kind replaces the other")
    func ownOutputIsReplaced() throws {
        let scratch = try TemporaryFolder()
        let path = scratch.path("brief.md")
        #expect(try report(["--format", "markdown", "--output", path]).status == 0)
        let brief = try scratch.read("brief.md")
        #expect(try report(["--format", "markdown", "--output", path]).status == 0)
        #expect(try scratch.read("brief.md") == brief)
        let pack = try report(["--for-reply", "--owner", "DfE", "--output", path])
        #expect(pack.status == 0, "\(pack.stderr)")
        #expect(try scratch.read("brief.md") != brief)
        #expect(try report(["--format", "markdown", "--output", path]).status == 0)
        #expect(try scratch.read("brief.md") == brief)
    }

    @Test("a link, a folder or a device at the path is not replaced")
    func notAPlainFile() throws {
        let scratch = try TemporaryFolder()
        try scratch.write("brief.md", "kept\n")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link.md"), withDestinationPath: scratch.path("brief.md"))
        try scratch.makeFolder("folder.md")
        for path in [scratch.path("link.md"), scratch.path("folder.md"), "/dev/null"] {
            let result = try report(["--format", "markdown", "--output", path])
            #expect(result.status == 73, "\(path): \(result.stderr)")
            #expect(result.stderr == "error: cannot write \(path): something other than a plain file is there (a folder, a link or a device); give the path of a new file\n")
        }
        #expect(try scratch.read("brief.md") == "kept\n")
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("standard output that cannot be written (a full disk) ends with exit 73 and says so; a reader that stops early is no failure")
    func standardOutputFailure() throws {
        let shell = URL(fileURLWithPath: "/bin/sh")
        let rectrack = BinaryRunner.binary.path
        let full = try BinaryRunner.run(["-c", "'\(rectrack)' status --root '\(Self.fixture)' --format csv > /dev/full"], executable: shell)
        #expect(full.status == 73)
        #expect(full.stderr == "error: cannot write standard output: No space left on device\n")
        let head = try BinaryRunner.run(["-c", "'\(rectrack)' status --root '\(Self.fixture)' | head -c 1 >/dev/null; exit ${PIPESTATUS[0]}"], executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(head.status == 0)
        #expect(head.stderr == "")
    }
}

/// An argument that is not UTF-8 would reach a file changed (each bad byte as U+FFFD): it is refused before anything runs.
@Suite("Arguments are UTF-8 text")
struct ArgumentTextTests {
    @Test("a title whose bytes are not UTF-8 is refused with exit 64, and no evidence is written")
    func notUTF8() throws {
        let folder = try TemporaryFolder.copy(of: Fixtures.severalReports)
        let shell = URL(fileURLWithPath: "/bin/bash")
        let script = "'\(BinaryRunner.binary.path)' evidence add --date 2026-11-01 --title \"$(printf 'Caf\\xe9 report')\" --publisher DfE --kind guidance --summary Something."
        let result = try BinaryRunner.run(["-c", script], in: folder.path, today: "2026-12-02", executable: shell)
        #expect(result.status == 64)
        #expect(result.stderr == "Error: argument 6 ('Caf\u{FFFD} report') is not UTF-8 text (\u{FFFD} marks the bytes that are not); rectrack takes its arguments as UTF-8, so that text is kept exactly as typed: give it in UTF-8\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path("Evidence/2026/2026-11-01-caf-report.yaml")))
    }
}
