import Foundation
import Testing
import RecTrackCore
import RecTrackTestSupport

@Suite("Bad files on disk")
struct FileSystemInputTests {
    private func withTracker(_ body: (TemporaryFolder) throws -> Void) throws {
        try body(try TestTracker.onDisk())
    }

    @Test("a file over 1 MiB is refused by its size, before it is read")
    func oversizedFile() throws {
        try withTracker { tracker in
            let path = "Evidence/2020/2020-05-01-huge.yaml"
            try tracker.write(path, bytes: [UInt8](repeating: UInt8(ascii: "#"), count: (1 << 20) + 1))
            #expect(TestTracker.diagnostics(of: tracker.path) == [
                "\(path): error: the file is 1,048,577 bytes; the limit is 1,048,576 bytes (1 MiB): split it or remove what does not belong [RT0011 file-too-large]",
            ])
        }
    }

    @Test("a symbolic link that leads outside the tracker is refused, not followed")
    func symlinkOutside() throws {
        try withTracker { tracker in
            let outside = try TemporaryFolder()
            try outside.write("outside.yaml", "id: x\n")
            try FileManager.default.createSymbolicLink(atPath: tracker.path("Evidence/2020/2020-05-01-link.yaml"),
                                                       withDestinationPath: outside.path("outside.yaml"))
            let diagnostics = TestTracker.diagnostics(of: tracker.path)
            #expect(diagnostics.count == 1)
            #expect(diagnostics.first?.hasPrefix("Evidence/2020/2020-05-01-link.yaml: error: the symbolic link leads outside the tracker") == true)
        }
    }

    @Test("a symbolic link loop is reported and does not hang")
    func symlinkLoop() throws {
        try withTracker { tracker in
            try FileManager.default.createSymbolicLink(atPath: tracker.path("Evidence/2020/loop"), withDestinationPath: tracker.path("Evidence"))
            let diagnostics = TestTracker.diagnostics(of: tracker.path)
            #expect(diagnostics == ["Evidence/2020/loop: warning: this folder was already read through another link; skipped (a symbolic link loop?) [RT0022 link-loop]"])
        }
    }

    @Test("a link to a file inside the tracker is followed")
    func symlinkInside() throws {
        try withTracker { tracker in
            try tracker.makeFolder("Evidence/2022")
            try FileManager.default.createSymbolicLink(atPath: tracker.path("Evidence/2022/2020-01-15-strategy-published.yaml"),
                                                       withDestinationPath: tracker.path("Evidence/2020/2020-01-15-strategy-published.yaml"))
            let diagnostics = TestTracker.diagnostics(of: tracker.path)
            #expect(diagnostics.contains { $0.contains("is also used by Evidence/2020/2020-01-15-strategy-published.yaml") })
        }
    }

    @Test("UTF-16 text is refused with the fix")
    func utf16() throws {
        try withTracker { tracker in
            let path = "Evidence/2020/2020-05-01-utf16.yaml"
            try tracker.write(path, bytes: [0xFF, 0xFE] + Array("id: x\n".utf8).flatMap { [$0, 0] })
            #expect(TestTracker.diagnostics(of: tracker.path) == ["\(path):1:1: error: the file is UTF-16 text; save it as UTF-8 [RT0110 utf16-text]"])
        }
    }

    @Test("UTF-32 text, and UTF-16 without a byte order mark, are called what they are")
    func utf32AndBareUTF16() throws {
        try withTracker { tracker in
            let text = Array("id: x\n".utf8)
            let cases: [(String, [UInt8], String)] = [
                ("2020-05-01-utf32le.yaml", [0xFF, 0xFE, 0, 0] + text.flatMap { [$0, 0, 0, 0] }, "the file is UTF-32 text; save it as UTF-8"),
                ("2020-05-01-utf32be.yaml", [0, 0, 0xFE, 0xFF] + text.flatMap { [0, 0, 0, $0] }, "the file is UTF-32 text; save it as UTF-8"),
                ("2020-05-01-utf16le.yaml", text.flatMap { [$0, 0] }, "the file looks like UTF-16 text (a NUL beside each letter); save it as UTF-8"),
                ("2020-05-01-utf16be.yaml", text.flatMap { [0, $0] }, "the file looks like UTF-16 text (a NUL beside each letter); save it as UTF-8"),
            ]
            for (name, bytes, _) in cases { try tracker.write("Evidence/2020/" + name, bytes: bytes) }
            #expect(TestTracker.diagnostics(of: tracker.path) == cases.sorted { $0.0 < $1.0 }.map { "Evidence/2020/\($0.0):1:1: error: \($0.2) [RT0110 utf16-text]" })
        }
    }

    @Test("a line or paragraph separator is refused where it is: YAML ends a line there and editors do not, so later lines would be misnumbered",
          arguments: ["\u{2028}", "\u{2029}"])
    func lineSeparator(_ separator: String) throws {
        try withTracker { tracker in
            let path = "Evidence/2020/2020-01-15-strategy-published.yaml"
            let original = try tracker.read(path)
            let lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let titleLine = try #require(lines.firstIndex { $0.hasPrefix("title: ") })
            var changed = lines
            changed[titleLine] = "title: \"Children" + separator + "s services\""
            try tracker.write(path, changed.joined(separator: "\n"))
            let name = separator == "\u{2028}" ? "line separator U+2028" : "paragraph separator U+2029"
            #expect(TestTracker.diagnostics(of: tracker.path) == ["\(path):\(titleLine + 1):17: error: \(name) is not allowed: YAML reads it as a line break where editors show none, so every line number after it would be wrong; replace it with a space or a real line break [RT0112 control-character]"])
        }
    }

    @Test("a byte-order mark and CRLF line endings are accepted")
    func bomAndCRLF() throws {
        try withTracker { tracker in
            let original = try tracker.read("Evidence/2020/2020-01-15-strategy-published.yaml")
            let converted = [0xEF, 0xBB, 0xBF] + Array(original.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            try tracker.write("Evidence/2020/2020-01-15-strategy-published.yaml", bytes: converted)
            #expect(TestTracker.diagnostics(of: tracker.path) == [])
            let result = TestTracker.loader().load(root: tracker.path)
            #expect(result.tracker?.evidence.first?.title == "Workforce strategy")
        }
    }

    @Test("a missing Evidence folder is missing input, with the fix")
    func missingEvidenceFolder() throws {
        try withTracker { tracker in
            try FileManager.default.removeItem(atPath: tracker.path("Evidence"))
            let result = TestTracker.loader().load(root: tracker.path)
            #expect(result.missingInput)
            #expect(result.diagnostics.diagnostics.map(\.message) == [
                "the folder 'Evidence/' is missing under \(tracker.path); run rectrack from a tracker's root or pass --root, or create the folder (a new tracker's Evidence/ may be empty)",
            ])
        }
    }

    @Test("a missing root is missing input")
    func missingRoot() {
        let result = TestTracker.loader().load(root: "/nonexistent/tracker")
        #expect(result.missingInput)
        #expect(result.tracker == nil)
    }

    @Test("a missing owners file is missing input")
    func missingOwners() throws {
        try withTracker { tracker in
            try FileManager.default.removeItem(atPath: tracker.path("Recommendations/owners.yaml"))
            let result = TestTracker.loader().load(root: tracker.path)
            #expect(result.missingInput)
            #expect(result.diagnostics.diagnostics.map(\.formatted).contains(
                "Recommendations/owners.yaml: error: the file is missing; every tracker needs Recommendations/owners.yaml: create it (rectrack's docs/file-formats.md describes it) [RT0003 missing-file]"))
        }
    }
}
