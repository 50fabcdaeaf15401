import Foundation
import Testing

/// `rectrack report` end to end: the built binary's files, stdout, stderr and exit codes.
@Suite struct ReportCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = packageRoot.appendingPathComponent("Tests/RecTrackReportsTests/Fixtures/hostile-tracker").path

    /// The `rectrack` built beside this test bundle.
    static var binary: URL {
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        return bundle.appendingPathComponent("rectrack")
    }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    func run(_ arguments: [String]) throws -> Result {
        let binary = Self.binary
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "no rectrack at \(binary.path): run swift build first")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["RECTRACK_TODAY"] = "2026-11-23"
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    func scratch() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    func files(under folder: String) -> [String: Data] {
        var found: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                found[path] = FileManager.default.contents(atPath: folder + "/" + path)
            }
        }
        return found
    }

    @Test func writesTheSiteTwiceByteForByte() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try run(["report", "--root", Self.fixture, "--as-of", "2026-11-23", "--output", folder + "/a"])
        #expect(first.status == 0)
        #expect(first.stderr == "Wrote 8 files to \(folder)/a/; open \(folder)/a/index.html.\n")
        let second = try run(["report", "--root", Self.fixture, "--as-of", "2026-11-23", "--output", folder + "/b"])
        #expect(second.status == 0)
        let a = files(under: folder + "/a"), b = files(under: folder + "/b")
        #expect(a.keys.sorted() == ["index.html", "owners/DfE.html", "owners/LGA.html", "print.html",
                                    "recommendations/R1.html", "recommendations/R2.html", "recommendations/R3.html", "style.css"])
        #expect(a == b)
    }

    @Test func markdownGoesToStandardOutputOrToAFile() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let printed = try run(["report", "--root", Self.fixture, "--as-of", "2026-11-23", "--format", "markdown"])
        #expect(printed.status == 0)
        #expect(printed.stdout.hasPrefix("# Tests &amp; \"Quotes\" &lt;Report\\>: where government stands\n"))
        let written = try run(["report", "--root", Self.fixture, "--as-of", "2026-11-23", "--format", "markdown", "--output", folder + "/brief.md"])
        #expect(written.status == 0)
        #expect(FileManager.default.contents(atPath: folder + "/brief.md") == Data(printed.stdout.utf8))
    }

    @Test func unwritableOutputExits73() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = FileManager.default.createFile(atPath: folder + "/file", contents: Data("x".utf8))
        let site = try run(["report", "--root", Self.fixture, "--as-of", "2026-11-23", "--output", folder + "/file/site"])
        #expect(site.status == 73)
        #expect(site.stderr == "error: cannot create the folder \(folder)/file: something that is not a folder is already there\n")
        let brief = try run(["report", "--root", Self.fixture, "--as-of", "2026-11-23", "--format", "markdown",
                             "--output", folder + "/missing/brief.md"])
        #expect(brief.status == 73)
        #expect(brief.stderr == "error: cannot write \(folder)/missing/brief.md: No such file or directory\n")
    }

    @Test func missingTrackerExits66() throws {
        let result = try run(["report", "--root", "/nonexistent-tracker", "--output", "/tmp/never-written"])
        #expect(result.status == 66)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try run(["report", "--root", Self.fixture, "--format", "pdf"])
        #expect(result.status == 64)
    }
}
