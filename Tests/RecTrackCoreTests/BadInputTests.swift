import Foundation
import Testing
import RecTrackCore

/// One file of `Tests/Fixtures/bad-input`: placed at its `# path:` in a copy of the base tracker,
/// it must produce exactly the diagnostics its `# expect:` lines give, in order.
struct BadInputFixture: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let path: String
    let expected: [String]

    var testDescription: String { name }

    static let folder = Fixtures.root.appendingPathComponent("bad-input")

    static let all: [BadInputFixture] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
            let bytes = [UInt8]((try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data())
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let path = lines.first { $0.hasPrefix("# path: ") }.map { String($0.dropFirst(8)) } ?? ""
            let expected = lines.filter { $0.hasPrefix("# expect: ") }.map { String($0.dropFirst(10)) }
            return BadInputFixture(name: String(name.dropLast(5)), bytes: bytes, path: path, expected: expected)
        }
    }()
}

@Suite("Bad input gives located diagnostics")
struct BadInputTests {
    @Test("there are at least 40 bad-input cases, each with a path and an expectation")
    func fixturesAreComplete() {
        #expect(BadInputFixture.all.count >= 40)
        for fixture in BadInputFixture.all {
            #expect(!fixture.path.isEmpty, "\(fixture.name) has no '# path:' line")
            #expect(!fixture.expected.isEmpty, "\(fixture.name) has no '# expect:' line")
        }
    }

    @Test(arguments: BadInputFixture.all)
    func diagnostics(_ fixture: BadInputFixture) throws {
        let tracker = try Fixtures.copyOfBaseTracker()
        defer { try? FileManager.default.removeItem(at: tracker) }
        try Fixtures.write(fixture.bytes, to: fixture.path, in: tracker)
        #expect(Fixtures.diagnostics(of: tracker) == fixture.expected)
    }

    @Test("the base tracker itself is clean")
    func baseTrackerIsClean() {
        #expect(Fixtures.diagnostics(of: Fixtures.baseTracker) == [])
    }
}

@Suite("Bad files on disk")
struct FileSystemInputTests {
    private func withTracker(_ body: (URL) throws -> Void) throws {
        let tracker = try Fixtures.copyOfBaseTracker()
        defer { try? FileManager.default.removeItem(at: tracker) }
        try body(tracker)
    }

    @Test("a file over 1 MiB is refused by its size, before it is read")
    func oversizedFile() throws {
        try withTracker { tracker in
            let path = "Evidence/2020/2020-05-01-huge.yaml"
            try Fixtures.write([UInt8](repeating: UInt8(ascii: "#"), count: (1 << 20) + 1), to: path, in: tracker)
            #expect(Fixtures.diagnostics(of: tracker) == [
                "\(path): error: the file is 1,048,577 bytes; the limit is 1,048,576 bytes (1 MiB): split it or remove what does not belong",
            ])
        }
    }

    @Test("a symbolic link that leads outside the tracker is refused, not followed")
    func symlinkOutside() throws {
        try withTracker { tracker in
            let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).yaml")
            try Data("id: x\n".utf8).write(to: outside)
            defer { try? FileManager.default.removeItem(at: outside) }
            try FileManager.default.createSymbolicLink(atPath: tracker.appendingPathComponent("Evidence/2020/2020-05-01-link.yaml").path,
                                                       withDestinationPath: outside.path)
            let diagnostics = Fixtures.diagnostics(of: tracker)
            #expect(diagnostics.count == 1)
            #expect(diagnostics.first?.hasPrefix("Evidence/2020/2020-05-01-link.yaml: error: the symbolic link leads outside the tracker") == true)
        }
    }

    @Test("a symbolic link loop is reported and does not hang")
    func symlinkLoop() throws {
        try withTracker { tracker in
            let loop = tracker.appendingPathComponent("Evidence/2020/loop")
            try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: tracker.appendingPathComponent("Evidence").path)
            let diagnostics = Fixtures.diagnostics(of: tracker)
            #expect(diagnostics == ["Evidence/2020/loop: warning: this folder was already read through another link; skipped (a symbolic link loop?)"])
        }
    }

    @Test("a link to a file inside the tracker is followed")
    func symlinkInside() throws {
        try withTracker { tracker in
            try FileManager.default.createDirectory(at: tracker.appendingPathComponent("Evidence/2022"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: tracker.appendingPathComponent("Evidence/2022/2020-01-15-strategy-published.yaml").path,
                                                       withDestinationPath: tracker.appendingPathComponent("Evidence/2020/2020-01-15-strategy-published.yaml").path)
            let diagnostics = Fixtures.diagnostics(of: tracker)
            #expect(diagnostics.contains { $0.contains("is also used by Evidence/2020/2020-01-15-strategy-published.yaml") })
        }
    }

    @Test("UTF-16 text is refused with the fix")
    func utf16() throws {
        try withTracker { tracker in
            let path = "Evidence/2020/2020-05-01-utf16.yaml"
            try Fixtures.write([0xFF, 0xFE] + Array("id: x\n".utf8).flatMap { [$0, 0] }, to: path, in: tracker)
            #expect(Fixtures.diagnostics(of: tracker) == ["\(path):1:1: error: the file is UTF-16 text; save it as UTF-8"])
        }
    }

    @Test("a byte-order mark and CRLF line endings are accepted")
    func bomAndCRLF() throws {
        try withTracker { tracker in
            let original = try String(contentsOf: tracker.appendingPathComponent("Evidence/2020/2020-01-15-strategy-published.yaml"), encoding: .utf8)
            let converted = [0xEF, 0xBB, 0xBF] + Array(original.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            try Fixtures.write(converted, to: "Evidence/2020/2020-01-15-strategy-published.yaml", in: tracker)
            #expect(Fixtures.diagnostics(of: tracker) == [])
            let result = Fixtures.loader.load(root: tracker.path)
            #expect(result.tracker?.evidence.first?.title == "Workforce strategy")
        }
    }

    @Test("a missing Evidence folder is missing input, with the fix")
    func missingEvidenceFolder() throws {
        try withTracker { tracker in
            try FileManager.default.removeItem(at: tracker.appendingPathComponent("Evidence"))
            let result = Fixtures.loader.load(root: tracker.path)
            #expect(result.missingInput)
            #expect(result.diagnostics.diagnostics.map(\.message) == [
                "the folder 'Evidence/' is missing under \(tracker.path); run rectrack from a tracker's root or pass --root",
            ])
        }
    }

    @Test("a missing root is missing input")
    func missingRoot() {
        let result = Fixtures.loader.load(root: "/nonexistent/tracker")
        #expect(result.missingInput)
        #expect(result.tracker == nil)
    }

    @Test("a missing owners file is missing input")
    func missingOwners() throws {
        try withTracker { tracker in
            try FileManager.default.removeItem(at: tracker.appendingPathComponent("Recommendations/owners.yaml"))
            let result = Fixtures.loader.load(root: tracker.path)
            #expect(result.missingInput)
            #expect(result.diagnostics.diagnostics.map(\.formatted).contains(
                "Recommendations/owners.yaml: error: the file is missing; every tracker needs Recommendations/owners.yaml"))
        }
    }
}
