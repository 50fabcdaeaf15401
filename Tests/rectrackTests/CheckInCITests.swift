import Foundation
import RecTrackTestSupport
import Testing

/// The quarterly check as a scheduled CI job runs it: on a checkout it may not write to, as a dry run, and with the
/// difference from a recorded quarter shown by `check` and `diff` alike.
struct CheckInCITests {
    @Test("when Snapshots/ cannot be written, the results are printed first and the run then fails with 73")
    func unwritableSnapshots() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        try folder.addQuarter(1)
        try folder.write("Snapshots", "not a folder\n")
        let result = try folder.run("check", today: "2026-04-02")
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Quarterly check for 2026Q1, compared with the tracker as of 2025-12-31"))
        #expect(result.stdout.contains("What moved since 2025Q4 (2)"))
        #expect(result.stdout.contains("Snapshot: not written to Snapshots/2026Q1.json: cannot create the folder ./Snapshots: something that is not a folder is already there\nCheck: passed"))
        #expect(result.stderr.hasSuffix("\nSnapshots: error: cannot create the folder ./Snapshots: something that is not a folder is already there [RT0512 snapshot-cannot-write]\n"), "\(result.stderr)")
        let json = try folder.run("check", "--format", "json", today: "2026-04-02")
        #expect(json.status == 73)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let snapshot = try #require(document["snapshot"] as? [String: Any])
        #expect(snapshot["action"] as? String == "not-written")
        #expect((snapshot["problem"] as? String)?.hasPrefix("cannot create the folder") == true)
        let junit = try folder.run("check", "--format", "junit", today: "2026-04-02")
        #expect(junit.status == 73)
        #expect(junit.stdout.contains("<testsuites name=\"rectrack check\" tests=\"5\" failures=\"1\" errors=\"0\">"), "\(junit.stdout)")
        #expect(junit.stdout.contains("""
                <testcase classname="rectrack.check.2026Q1" name="snapshot Snapshots/2026Q1.json">
                  <failure type="snapshot-not-written" message="cannot create the folder ./Snapshots: something that is not a folder is already there">
            """), "\(junit.stdout)")
        let github = try folder.run("check", "--format", "github", today: "2026-04-02")
        #expect(github.status == 73)
        #expect(github.stdout.contains("::error file=Snapshots,title=rectrack check%3A snapshot not written::cannot create the folder ./Snapshots: something that is not a folder is already there [RT0512 snapshot-cannot-write]\n"), "\(github.stdout)")
    }

    @Test("--no-snapshot writes nothing, takes no lock, and still exits by --fail-on")
    func dryRun() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        try folder.addQuarter(1)
        let passed = try folder.run("check", "--no-snapshot", today: "2026-04-02")
        #expect(passed.status == 0, "\(passed.stderr)")
        #expect(passed.stdout.contains("Snapshot: not written (--no-snapshot); a check without it would write Snapshots/2026Q1.json\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("Snapshots")))
        let stale = try folder.run("check", "--no-snapshot", "--fail-on", "stale", today: "2027-04-02")
        #expect(stale.status == 1, "\(stale.stderr)")
        #expect(stale.stdout.contains("Check: FAILED: "))
        #expect(!FileManager.default.fileExists(atPath: folder.path("Snapshots")))
        let both = try folder.run("check", "--no-snapshot", "--replace", "--reason", "why", today: "2026-04-02")
        #expect(both.status == 64)
        #expect(both.stderr.hasPrefix("Error: --no-snapshot writes nothing, so it cannot --replace a snapshot\n"))
    }

    @Test("Snapshots/.gitignore is announced once, when it is created")
    func gitignoreAnnouncedOnce() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        try folder.addQuarter(1)
        let first = try folder.run("check", today: "2026-04-02")
        #expect(first.stdout.contains("also created Snapshots/.gitignore, which keeps the check's lock file (.lock) and temporary files out of git"))
        let again = try folder.run("check", today: "2026-04-02")
        #expect(again.status == 0)
        #expect(!again.stdout.contains(".gitignore"))
    }

    @Test("diff with no arguments compares the latest snapshot with today; a quarter and a date of the same day compare the record with the tracker now")
    func diffSides() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let none = try folder.run("diff", today: "2026-04-02")
        #expect(none.status == 64)
        #expect(none.stderr.hasPrefix("Error: there is no snapshot in Snapshots/ to start from: name the earlier side, such as 'rectrack diff 2026Q1'\n"))
        try folder.addQuarter(1)
        #expect(try folder.run("check", today: "2026-04-02").status == 0)
        let latest = try folder.run("diff", today: "2026-07-01")
        #expect(latest.status == 0, "\(latest.stderr)")
        #expect(latest.stdout.hasPrefix("Changes from 2026Q1 (snapshot Snapshots/2026Q1.json) to 2026-07-01 (assessed as of 2026-07-01)\n"))

        try folder.addLateGuidance()
        let sameDay = try folder.run("diff", "2026Q1", "2026-03-31", today: "2026-04-10")
        #expect(sameDay.status == 0, "\(sameDay.stderr)")
        #expect(sameDay.stdout.hasPrefix("Changes from 2026Q1 (snapshot Snapshots/2026Q1.json) to 2026-03-31 (assessed as of 2026-03-31)\n"))
        #expect(sameDay.stdout.contains("  R1  Publish a workforce strategy\n      substantial 50% → implemented 100%  up\n"))
        let itself = try folder.run("diff", "2026Q1", "2026Q1", today: "2026-04-10")
        #expect(itself.status == 64)
        #expect(itself.stderr.contains("or be the same day with a snapshot on one side only"))
    }
}

/// With errors in the data no check can run; the errors still come out in the format CI reads.
struct CheckDataErrorTests {
    private func brokenTracker() throws -> TemporaryFolder {
        let folder = try TemporaryFolder.quarterlyTracker()
        try folder.write("Evidence/2025/2025-02-01-broken.yaml", "id: 2025-02-01-broken\ndate: 2025-02-01\nkind: guidence\n")
        return folder
    }

    @Test("--format github: one ::error annotation per error, at its file, line and column")
    func github() throws {
        let result = try brokenTracker().run("check", "--format", "github", today: "2026-04-02")
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("::error file=Evidence/2025/2025-02-01-broken.yaml,line=") }.count == 5)
        #expect(lines.contains("::error file=Evidence/2025/2025-02-01-broken.yaml,line=3,col=7,title=RT0153 unknown-choice::'kind' must be one of announcement, consultation, consultation-response, debate, funding, guidance, inspection, legislation, programme, report, response, review, statement, statistics; found 'guidence'. Did you mean 'guidance'?"))
    }

    @Test("--format junit: a test case for the file, with a failure per error")
    func junit() throws {
        let result = try brokenTracker().run("check", "--format", "junit", today: "2026-04-02")
        #expect(result.status == 65)
        #expect(result.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"rectrack check\" tests=\"1\" failures=\"5\" errors=\"0\">\n"))
        #expect(result.stdout.contains("<testcase classname=\"rectrack.validate\" name=\"Evidence/2025/2025-02-01-broken.yaml\" file=\"Evidence/2025/2025-02-01-broken.yaml\">"))
        #expect(result.stdout.components(separatedBy: "<failure type=").count - 1 == 5)
        #expect(result.stdout.contains(">Evidence/2025/2025-02-01-broken.yaml:3:7: error: &#39;kind&#39; must be one of"))
    }

    @Test("--format text keeps the errors on standard error, as before")
    func text() throws {
        let result = try brokenTracker().run("check", today: "2026-04-02")
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Evidence/2025/2025-02-01-broken.yaml:3:7: error: 'kind' must be one of"))
    }
}
