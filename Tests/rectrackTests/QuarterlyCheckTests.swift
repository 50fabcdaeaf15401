import Foundation
import RecTrackTestSupport
import Testing
import RecTrackCore

/// The quarterly check end to end, over the fixture tracker moving through three quarters of 2026.
struct QuarterlyCheckTests {
    private func snapshot(_ folder: TemporaryFolder, _ quarter: String) throws -> Snapshot {
        let bytes = try #require(folder.bytes("Snapshots/\(quarter).json"), "Snapshots/\(quarter).json was not written")
        return try Snapshot.decode(bytes)
    }

    /// The explanation part of `check`'s text: from "What moved" up to the worklist.
    private func explanation(_ checkOutput: String) -> String {
        guard let start = checkOutput.range(of: "What moved since"), let end = checkOutput.range(of: "\nWorklist\n") else { return "" }
        return String(checkOutput[start.lowerBound..<end.lowerBound])
    }

    @Test("Three quarters: snapshots, explained diffs, worklist and exit codes, ending in a regression that exits 1")
    func threeQuarters() throws {
        let folder = try TemporaryFolder.quarterlyTracker()

        // 2026Q1: no earlier snapshot, so the comparison is with the tracker as of 2025-12-31.
        try folder.addQuarter(1)
        let q1 = try folder.run("check", today: "2026-04-02")
        #expect(q1.status == 0, "\(q1.stderr)")
        #expect(q1.stdout.hasPrefix("Quarterly check for 2026Q1, compared with the tracker as of 2025-12-31 (there is no 2025Q4 snapshot).\n"))
        #expect(q1.stdout.contains("""
              R1  Publish a workforce strategy
                  limited 25% → substantial 50%  up
                  because of:
                    2026-02-02  2026-02-02-workforce-strategy-published  Workforce strategy: a plan for children's social workers
            """))
        #expect(q1.stdout.contains("""
            Milestones supported only by claims (1)
              R2 funding-announced: Dedicated early help funding is announced  (2026-03-10-early-help-funding-announced)
            """))
        #expect(q1.stdout.contains("Snapshot: wrote Snapshots/2026Q1.json; also created Snapshots/.gitignore, which keeps the check's lock file (.lock) and temporary files out of git\nCheck: passed (it fails on: regression)\n"))
        let s1 = try snapshot(folder, "2026Q1")
        #expect(s1.quarter == Quarter("2026Q1") && s1.asOf == Day("2026-03-31"))
        #expect(s1.comparedWith == .init(quarter: Quarter("2025Q4")!, source: .assessment))
        #expect(s1.provenance.gitCommit == nil)
        #expect(s1.provenance.files.count == 11, "the records, the evidence and the reply of 2026Q1")
        for (path, hash) in s1.provenance.files { #expect(SHA256.hex(try #require(folder.bytes(path))) == hash, "\(path)") }
        #expect(Set(s1.provenance.protocols.keys) == ["R1", "R2", "R3"])
        #expect(s1.assessments.map(\.status) == [.substantial, .limited, .substantial])
        #expect(s1.assessments[1].trend?.previousStatus == .notAssessed)

        // 2026Q2: compared with the 2026Q1 snapshot.
        try folder.addQuarter(2)
        let q2 = try folder.run("check", today: "2026-07-01")
        #expect(q2.status == 0, "\(q2.stderr)")
        #expect(q2.stdout.hasPrefix("Quarterly check for 2026Q2, compared with the 2026Q1 snapshot (Snapshots/2026Q1.json).\n"))
        #expect(q2.stdout.contains("""
              R2  Fund early help
                  limited 25% → substantial 75%  up
                  because of:
                    2026-05-14  2026-05-14-early-help-grant-allocations  Early help grant allocations 2026 to 2029
            """))
        #expect(q2.stdout.contains("""
            Evidence recorded late: dated by 2026-03-31, added since the 2026Q1 snapshot (1)
              2026-01-20  2026-01-20-select-committee-debate  Select committee debate on early help  → R2
            """))
        #expect(q2.stdout.contains("No evidence dated since 2026-01-01 (1)\n  R3  Keep the advocacy duty  (newest evidence 2025-11-03)\n"))
        #expect(q2.stdout.contains("""
            Evidence with warnings (2)
              Evidence/2026/2026-03-10-early-help-funding-announced.yaml
                10:5: this 'achieves' cannot meet R2 'funding-announced': an announcement alone is not proof that it was done, so it counts only as progress
            """))
        #expect(q2.stdout.contains("  Evidence/2026/2026-06-01-minister-statement.yaml\n    10:1: 'recorded' 2026-05-30"))
        #expect(q2.stdout.contains("Dates declared by evidence (1)\n  2026-09-01  coming  2026-03-10-early-help-funding-announced  → R2\n"))
        let s2bytes = try #require(folder.bytes("Snapshots/2026Q2.json"))
        #expect(try snapshot(folder, "2026Q2").comparedWith?.sha256 == SHA256.hex(try #require(folder.bytes("Snapshots/2026Q1.json"))))

        // A rerun over the same files reproduces the snapshot and writes nothing.
        let again = try folder.run("check", today: "2026-07-01")
        #expect(again.status == 0)
        #expect(again.stdout.contains("Snapshot: Snapshots/2026Q2.json already records exactly this; left unchanged\n"))
        #expect(folder.bytes("Snapshots/2026Q2.json") == s2bytes)
        #expect(folder.list("Snapshots") == [".gitignore", ".lock", "2026Q1.json", "2026Q2.json"])

        // The same explanation appears in `diff` and inside `check`.
        let diff = try folder.run("diff", "2026Q1", "2026Q2", today: "2026-07-01")
        #expect(diff.status == 0)
        #expect(diff.stdout == "Changes from 2026Q1 (snapshot Snapshots/2026Q1.json) to 2026Q2 (snapshot Snapshots/2026Q2.json)\n\n"
                + explanation(q2.stdout))

        // Other --fail-on conditions.
        let stale = try folder.run("check", "--fail-on", "stale", today: "2026-07-01")
        #expect(stale.status == 1)
        #expect(stale.stdout.contains("Check: FAILED: 1 stale assessment\n  - R3 is stale: its newest evidence is from 2025-11-03\n"))
        let warnings = try folder.run("check", "--fail-on", "regression", "--fail-on", "warnings", today: "2026-07-01")
        #expect(warnings.status == 1)
        #expect(warnings.stdout.contains("the tracker has 2 validation warnings"))
        #expect(warnings.stdout.contains("Check: FAILED: 2 warnings\n"), "\(warnings.stdout)")

        // 2026Q3: the strategy is withdrawn, a regression: exit 1, and the snapshot is still written.
        try folder.addQuarter(3)
        let q3 = try folder.run("check", today: "2026-10-01")
        #expect(q3.status == 1, "\(q3.stderr)")
        #expect(q3.stdout.contains("""
              R1  Publish a workforce strategy
                  substantial 50% → no-progress 0%  down  (regression)
                  because of:
                    2026-08-20  2026-08-20-workforce-strategy-withdrawn  Workforce strategy withdrawn for review
            """))
        #expect(q3.stdout.contains("""
            Evidence edited after the 2026Q2 snapshot cited it (1)
              Evidence/2026/2026-05-14-early-help-grant-allocations.yaml  edited  (used by R2)
            """))
        #expect(q3.stdout.contains("  2026-09-01  passed: check what happened  2026-03-10-early-help-funding-announced  → R2\n"))
        #expect(q3.stdout.hasSuffix("""
            Snapshot: wrote Snapshots/2026Q3.json
            Check: FAILED: 1 regression
              - R1 went down since 2026Q2: substantial (50%) → no-progress (0%)

            """))
        let s3 = try snapshot(folder, "2026Q3")
        #expect(s3.assessments.map(\.status) == [.noProgress, .substantial, .implemented])
        #expect(s3.assessments[0].trend?.direction == .down)

        // The other formats of the same result.
        let json = try folder.run("check", "--format", "json", today: "2026-10-01")
        #expect(json.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["passed"] as? Bool == false)
        #expect((document["snapshot"] as? [String: Any])?["action"] as? String == "unchanged")
        #expect(((document["diff"] as? [String: Any])?["changes"] as? [[String: Any]])?.map { $0["recommendation"] as? String } == ["R1", "R3"])
        let junit = try folder.run("check", "--format", "junit", today: "2026-10-01")
        #expect(junit.status == 1)
        #expect(junit.stdout.contains(#"<testsuites name="rectrack check" tests="4" failures="1" errors="0">"#))
        #expect(junit.stdout.contains(#"<testcase classname="rectrack.check.2026Q3" name="R1 Publish a workforce strategy">"#
            + "\n" + #"      <failure type="regression" message="R1 went down since 2026Q2: substantial (50%) → no-progress (0%)">"#))
        let github = try folder.run("check", "--format", "github", today: "2026-10-01")
        #expect(github.stdout.hasPrefix("::error file=Recommendations/R01.yaml,title=rectrack check%3A regression::R1 went down since 2026Q2"))
        #expect(github.stdout.contains("::warning file=Evidence/2026/2026-05-14-early-help-grant-allocations.yaml,title=rectrack check%3A evidence edited::"))
        let markdown = try folder.run("check", "--format", "markdown", today: "2026-10-01")
        #expect(markdown.stdout.hasPrefix("# Quarterly Fixture Report: quarterly check for 2026Q3\n"))
        #expect(markdown.stdout.contains("**Check FAILED: 1 regression.**\n- R1 went down since 2026Q2"))
        #expect(markdown.stdout.contains("Statutory guidance on advocacy &lt;2026>"))
        #expect(!markdown.stdout.contains("<2026>"))

        // The worklist alone.
        let worklist = try folder.run("worklist", "--as-of", "2026Q3", today: "2026-10-01")
        #expect(worklist.status == 0)
        #expect(worklist.stdout.hasPrefix("Worklist as of 2026-09-30\n\n"))
        #expect(worklist.stdout.contains("2027-01-01  coming  2026-07-15-advocacy-guidance-issued  → R3"))
    }

    @Test("A changed snapshot is kept unless --replace --reason, which records the reason and keeps the old file")
    func replace() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        try folder.addQuarter(1)
        #expect(try folder.run("check", today: "2026-04-02").status == 0)
        let original = try #require(folder.bytes("Snapshots/2026Q1.json"))
        try folder.addLateGuidance()
        let refused = try folder.run("check", "--quarter", "2026Q1", today: "2026-04-10")
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("Snapshots/2026Q1.json: error: it already exists and this check differs from it (status or progress differs for R1; 1 file has changed)"))
        // The results come first, then what differs from the recorded snapshot, and the evidence why.
        #expect(refused.stdout.hasPrefix("Quarterly check for 2026Q1"))
        #expect(refused.stdout.contains("""
            Snapshot: not written: Snapshots/2026Q1.json already exists and differs from this check (below)

            What moved since 2026Q1 (1)
              R1  Publish a workforce strategy
                  substantial 50% → implemented 100%  up
                  because of:
                    2026-03-20  2026-03-20-late-guidance  Late guidance
            """), "\(refused.stdout)")
        #expect(folder.bytes("Snapshots/2026Q1.json") == original)
        let email = try folder.run("check", "--quarter", "2026Q1", "--format", "markdown", today: "2026-04-10")
        #expect(email.status == 73)
        #expect(email.stdout.contains("\n## How this check differs from the recorded 2026Q1 snapshot\n"))
        #expect(email.stdout.contains("- **R1. Publish a workforce strategy**: substantial (50%) → implemented (100%), up. Because of: Late guidance (2026-03-20, 2026-03-20-late-guidance)."))
        #expect(try folder.run("check", "--quarter", "2026Q1", "--replace", today: "2026-04-10").status == 64)

        let replaced = try folder.run("check", "--quarter", "2026Q1", "--replace", "--reason", "Guidance of March recorded late", today: "2026-04-10")
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.stdout.contains("Snapshot: replaced Snapshots/2026Q1.json (reason: Guidance of March recorded late;"))
        let now = try Snapshot.decode(try #require(folder.bytes("Snapshots/2026Q1.json")))
        #expect(now.replaced?.reason == "Guidance of March recorded late")
        #expect(now.replaced?.previousHash == SHA256.hex(original))
        #expect(folder.bytes("Snapshots/replaced/2026Q1-\(SHA256.hex(original).prefix(12)).json") == original)
    }

    @Test("Bad usage exits 64; a missing tracker 66; data errors 65, with no snapshot written")
    func failures() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let unfinished = try folder.run("check", "--quarter", "2026Q2", today: "2026-04-02")
        #expect(unfinished.status == 64)
        #expect(unfinished.stderr.contains("2026Q2 has not ended yet (it ends on 2026-06-30); the last complete quarter is 2026Q1"))
        let misspelt = try folder.run("check", "--fail-on", "regression,stal", today: "2026-04-02")
        #expect(misspelt.status == 64)
        #expect(misspelt.stderr.contains("unknown --fail-on condition 'stal'. Did you mean 'stale'?"))
        #expect(try folder.run("check", "--root", "no-such-folder", today: "2026-04-02").status == 66)
        #expect(try folder.run("diff", "2026Q1", "2025Q4", today: "2026-04-02").status == 64)

        try folder.write("Evidence/2026/2026-02-01-broken.yaml", "id: 2026-02-01-broken\ndate: 2026-02-01\nkind: guidence\n")
        let broken = try folder.run("check", today: "2026-04-02")
        #expect(broken.status == 65)
        #expect(broken.stderr.contains("Evidence/2026/2026-02-01-broken.yaml:3:7: error: 'kind' must be one of"))
        #expect(folder.list("Snapshots").isEmpty)
    }
}

/// Deadlines, stalls and revised responses in the quarterly check (#18).
@Suite("The quarterly check and the clock")
struct QuarterlyClockTests {
    @Test("check --fail-on past-due fails on a milestone past its government date, and says which")
    func failOnPastDue() throws {
        let folder = try GoldenOutputTests.checkedFixture()
        let result = try folder.run("check", "--fail-on", "past-due", today: "2026-10-01")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("R1: “The strategy's main measures are in force” was due by 2026-09-01 (set by the government) and is not met"))
        #expect(result.stdout.contains("R2: the formal response changed from accepted to rejected (2026-09-10-revised-government-response); an accepted recommendation is now rejected."))
        let regressionOnly = try folder.run("check", "--fail-on", "stale", today: "2026-10-01")
        #expect(!regressionOnly.stdout.contains("was due by"))
    }

    @Test("--known-at reproduces what a quarter said: the revised response was not yet on file")
    func knownAtHidesTheRevision() throws {
        let folder = try GoldenOutputTests.checkedFixture()
        let then = try folder.run("show", "R2", "--as-of", "2026Q3", "--known-at", "2026-09-10", today: "2026-10-01")
        #expect(then.stdout.contains("Formal response: accepted (2026-03-20)"), "\(then.stdout)")
        let now = try folder.run("show", "R2", "--as-of", "2026Q3", today: "2026-10-01")
        #expect(now.stdout.contains("Formal response: rejected (2026-09-10)"))
        #expect(now.stdout.contains("  2026-03-20  accepted  2026-03-20-government-response\n  2026-09-10  rejected  2026-09-10-revised-government-response\n"))
        #expect(now.stdout.contains("(stalled)") && !then.stdout.contains("(stalled)"))
    }

    @Test("the site and the brief show the revised response, the stall and the deadline")
    func reportShowsTheClock() throws {
        let folder = try GoldenOutputTests.checkedFixture()
        let site = try folder.run("report", "--output", "site", "--as-of", "2026Q3", today: "2026-10-01")
        #expect(site.status == 0, "\(site.stderr)")
        let r2 = String(decoding: try #require(folder.bytes("site/recommendations/R2.html")), as: UTF8.self)
        #expect(r2.contains("Responses in turn: accepted (20 Mar 2026), then rejected (10 Sep 2026)."))
        #expect(r2.contains("<span class=\"tag-stale\">stalled</span>"))
        let r1 = String(decoding: try #require(folder.bytes("site/recommendations/R1.html")), as: UTF8.self)
        #expect(r1.contains("<strong>past due</strong>"))
        let brief = try folder.run("report", "--format", "markdown", "--as-of", "2026Q3", today: "2026-10-01")
        #expect(brief.stdout.contains("- **2. Fund early help**: the formal response changed from accepted to rejected.\n"), "\(brief.stdout)")
        #expect(brief.stdout.contains("“The strategy's main measures are in force”: past due, due 1 September 2026, set by the government"))
    }
}
