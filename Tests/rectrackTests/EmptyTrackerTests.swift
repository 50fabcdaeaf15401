import Foundation
import RecTrackTestSupport
import Testing

/// `--root ""`, a folder that is no tracker and a tracker with nothing to assess (#20): each is a clear error that
/// names what is missing and how to start, with the exit code DESIGN.md gives (64 usage, 66 missing input).
struct EmptyTrackerTests {
    static let today = "2026-11-23"

    @Test("--root \"\" is a usage error that says so", arguments: ["validate", "status", "report", "check"])
    func emptyRoot(_ command: String) throws {
        let folder = try TemporaryFolder()
        let result = try folder.run(command, "--root", "", today: Self.today)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("Error: --root is empty: name the tracker's root folder (the one holding Recommendations/ and Evidence/), or leave --root out to use the current folder\n"), "\(result.stderr)")
    }

    @Test("an empty folder is not a tracker: both folders are named, with how a tracker starts")
    func emptyFolder() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("empty"), withIntermediateDirectories: false)
        let result = try folder.run("status", "--root", "empty", today: Self.today)
        #expect(result.status == 66)
        let start = "; empty is not a tracker. Run rectrack from a tracker's root or pass it with --root; a new tracker starts with Recommendations/ (report.yaml, owners.yaml and R01.yaml …) and Evidence/ (rectrack's docs/file-formats.md describes each file) [RT0002 missing-folder]"
        #expect(result.stderr == """
            Evidence: error: the folder 'Evidence/' is missing under empty\(start)
            Recommendations: error: the folder 'Recommendations/' is missing under empty\(start)
            2 errors and 0 warnings in 2 files (0 files checked)

            """)
        #expect(result.stdout.isEmpty)
    }

    @Test("empty Recommendations/ and Evidence/ folders: the two files every tracker needs are named")
    func emptyFolders() throws {
        let folder = try TemporaryFolder()
        for name in ["Recommendations", "Evidence"] {
            try FileManager.default.createDirectory(atPath: folder.path(name), withIntermediateDirectories: false)
        }
        let result = try folder.run("validate", today: Self.today)
        #expect(result.status == 66)
        #expect(result.stdout + result.stderr == """
            Recommendations/owners.yaml: error: the file is missing; every tracker needs Recommendations/owners.yaml: create it (rectrack's docs/file-formats.md describes it) [RT0003 missing-file]
            Recommendations/report.yaml: error: the file is missing; every tracker needs Recommendations/report.yaml: create it (rectrack's docs/file-formats.md describes it) [RT0003 missing-file]
            2 errors and 0 warnings in 2 files (0 files checked)

            """)
    }

    @Test("a tracker without recommendation records: validate warns, and status, report, check and diff stop with how to start",
          arguments: [["status"], ["report", "--output", "site"], ["check", "--quarter", "2026Q3"], ["diff", "2026Q2"], ["show", "R1"]])
    func noRecords(_ arguments: [String]) throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        for name in folder.list("Recommendations") where name.hasPrefix("R") && name != "report.yaml" {
            try FileManager.default.removeItem(atPath: folder.path("Recommendations/" + name))
        }
        try FileManager.default.removeItem(atPath: folder.path("Evidence"))
        try FileManager.default.createDirectory(atPath: folder.path("Evidence"), withIntermediateDirectories: false)
        let validate = try folder.run("validate", today: Self.today)
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(validate.stdout.contains("Recommendations: warning: there are no recommendation records yet, so there is nothing to assess: add one file per recommendation, Recommendations/R01.yaml, R02.yaml … (rectrack's docs/file-formats.md describes them) [RT0004 no-recommendations]"), "\(validate.stdout)")
        let result = try BinaryRunner.run(arguments, in: folder.path, today: Self.today)
        #expect(result.status == 66, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr == "error: the tracker at . has no recommendation records yet, so there is nothing to assess. Add one file per recommendation, Recommendations/R01.yaml, R02.yaml … (rectrack's docs/file-formats.md describes them), then run rectrack validate\n")
        #expect(result.stdout.isEmpty)
        #expect(!folder.list().contains("site") && !folder.list().contains("Snapshots"))
    }
}
