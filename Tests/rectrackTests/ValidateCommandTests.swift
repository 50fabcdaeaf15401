import Foundation
import RecTrackTestSupport
import Testing

@Suite("rectrack validate, end to end")
struct ValidateCommandTests {
    @Test("the shipped tracker validates clean with exit 0")
    func shippedTracker() throws {
        let result = try BinaryRunner.run(["validate"])
        #expect(result.status == 0)
        let files = try FileManager.default.subpathsOfDirectory(atPath: Fixtures.inPackage("Evidence").path).filter { $0.hasSuffix(".yaml") }.count
            + FileManager.default.contentsOfDirectory(atPath: Fixtures.inPackage("Recommendations").path).filter { $0.hasSuffix(".yaml") }.count
        #expect(result.stdout == "\(files) files checked: no problems found.\n", "\(result.stdout)")
        #expect(result.stderr.isEmpty)
    }

    @Test("bad data exits 65 with the located message and a count line")
    func badData() throws {
        let tracker = try TemporaryFolder.copy(of: Fixtures.baseTracker)
        let file = "Evidence/2020/2020-01-15-strategy-published.yaml"
        try tracker.write(file, try tracker.read(file).replacingOccurrences(of: "bears-on:", with: "bears_on:"))
        let result = try BinaryRunner.run(["validate", "--root", tracker.path])
        #expect(result.status == 65)
        #expect(result.stdout == """
        Evidence/2020/2020-01-15-strategy-published.yaml:8:1: error: unknown key 'bears_on' in the evidence. Did you mean 'bears-on'? [RT0103 unknown-key]
        1 error and 0 warnings in 1 file (7 files checked)

        """)
    }

    @Test("github format prints workflow annotations")
    func githubFormat() throws {
        let tracker = try TemporaryFolder.copy(of: Fixtures.baseTracker)
        try tracker.write("Evidence/2020/2020-06-01-x.yaml", "id: x\n")
        let result = try BinaryRunner.run(["validate", "--root", tracker.path, "--format", "github"])
        #expect(result.status == 65)
        #expect(result.stdout.contains("::error file=Evidence/2020/2020-06-01-x.yaml,line=1,col=1,title=RT0102 missing-key::missing required key 'date' in the evidence\n"))
    }

    @Test("json format is machine-readable")
    func jsonFormat() throws {
        let result = try BinaryRunner.run(["validate", "--root", Fixtures.baseTracker.path, "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["errors"] as? Int == 0)
        #expect(object?["files"] as? Int == 7)
    }

    @Test("a missing root exits 66")
    func missingRoot() throws {
        let result = try BinaryRunner.run(["validate", "--root", "/nonexistent/tracker"])
        #expect(result.status == 66)
        #expect(result.stdout.contains("/nonexistent/tracker: error: no such folder; pass the tracker's root folder with --root"))
    }

    @Test("bad usage exits 64")
    func badUsage() throws {
        let result = try BinaryRunner.run(["validate", "--format", "xml"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--format"))
    }
}

@Suite("Supersedes that go round in a cycle")
struct SupersessionCycleTests {
    static func evidence(_ id: String, supersedes: String) -> String {
        """
        id: \(id)
        date: \(id.prefix(10))
        title: Restatement \(id.suffix(1))
        publisher: Department for Education
        kind: guidance
        summary: A restatement.
        bears-on:
          - recommendation: R1
            milestone: strategy-published
            effect: progresses
        supersedes: [\(supersedes)]
        recorded: \(id.prefix(10))
        """
    }

    @Test("three files that supersede each other in a ring are each a located error naming every member")
    func ringOfThree() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        try folder.write("Evidence/2025/2025-07-01-a.yaml", Self.evidence("2025-07-01-a", supersedes: "2025-07-01-c"))
        try folder.write("Evidence/2025/2025-07-01-b.yaml", Self.evidence("2025-07-01-b", supersedes: "2025-07-01-a"))
        try folder.write("Evidence/2025/2025-07-01-c.yaml", Self.evidence("2025-07-01-c", supersedes: "2025-07-01-b"))
        let result = try folder.run("validate", today: "2026-01-02")
        #expect(result.status == 65, "\(result.stdout)")
        let ring = "2025-07-01-a → 2025-07-01-c → 2025-07-01-b → 2025-07-01-a"
        for name in ["a", "b", "c"] {
            #expect(result.stdout.contains("Evidence/2025/2025-07-01-\(name).yaml:11:1: error: 'supersedes' goes round in a cycle: \(ring);"), "\(result.stdout)")
        }
        let status = try folder.run("status", today: "2026-01-02")
        #expect(status.status == 65, "a tracker with a cycle gives no status: \(status.stdout)")
    }
}
