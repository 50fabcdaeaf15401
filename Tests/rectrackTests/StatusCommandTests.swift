import Foundation
import RecTrackTestSupport
import Testing

@Suite("rectrack status and show, end to end")
struct StatusCommandTests {
    @Test("the text table of the base tracker, without colour when piped")
    func textTable() throws {
        let result = try BinaryRunner.run(["status", "--root", Fixtures.baseTracker.path, "--as-of", "2022-01-01"])
        #expect(result.status == 0)
        #expect(result.stdout == """
        A Test Report — status as of 2022-01-01

        #  Recommendation          Owners      Status        Progress        Last evidence  Reason
        -  ----------------------  ----------  ------------  --------------  -------------  ----------------------------------------------------------------------
        1  Reduce churn            DfE         limited       ████░░░░░░ 40%  2021-02-25     Social worker turnover rate 13.5% at 30 Sep 2020 (target 10%, the rep…
        2  Fewer children in care  DfE, DLUHC  not-assessed  ░░░░░░░░░░ 0%   –              No evidence yet.

        Of 2 recommendations: 1 limited, 1 not assessed; overall 20% of the way.

        What the statuses mean:
          limited       Something moved, but less than half the weight is finished.
          not-assessed  No evidence bears on it yet, or it could not be assessed.

        """)
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test("the shipped tracker shows all twelve recommendations (what make run prints)")
    func shippedTracker() throws {
        let result = try BinaryRunner.run(["status"])
        #expect(result.status == 0)
        for number in 1...12 {
            #expect(result.stdout.split(separator: "\n").contains { $0.hasPrefix(String(format: "%2d  ", number)) }, "row \(number) missing")
        }
        #expect(result.stdout.contains("Of 12 recommendations"))
    }

    @Test("json output is byte-identical on every run and parses")
    func jsonDeterministic() throws {
        let first = try BinaryRunner.run(["status", "--format", "json", "--as-of", "2026Q3"])
        let second = try BinaryRunner.run(["status", "--format", "json", "--as-of", "2026Q3"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        let object = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any]
        #expect((object?["assessments"] as? [Any])?.count == 12)
        #expect(object?["asOf"] as? String == "2026-09-30")
    }

    @Test("markdown and csv formats")
    func otherFormats() throws {
        let markdown = try BinaryRunner.run(["status", "--root", Fixtures.baseTracker.path, "--format", "markdown", "--as-of", "2022-01-01"])
        #expect(markdown.stdout.hasPrefix("| # | Recommendation | Owners | Status | Progress | Last evidence | Why |\n|---:|"))
        #expect(markdown.stdout.contains("| 1 | Reduce churn | DfE | **limited** | 40% | 2021-02-25 |"))
        let csv = try BinaryRunner.run(["status", "--root", Fixtures.baseTracker.path, "--format", "csv", "--as-of", "2022-01-01"])
        #expect(csv.stdout.hasPrefix("number,id,title,owners,status,progress,response,stale,stalled_since,past_due,last_evidence,reason,owner_views\n1,R1,Reduce churn,DfE,limited,40,none,false,,,2021-02-25,"))
    }

    @Test("--owner filters, and an unknown owner is a usage error with a suggestion")
    func ownerFilter() throws {
        let filtered = try BinaryRunner.run(["status", "--root", Fixtures.baseTracker.path, "--owner", "DCLG", "--format", "csv"])
        #expect(filtered.stdout.split(separator: "\n").count == 2)
        let unknown = try BinaryRunner.run(["status", "--root", Fixtures.baseTracker.path, "--owner", "DfEE"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown owner 'DfEE'. Did you mean 'DfE'?"))
        let far = try BinaryRunner.run(["status", "--root", Fixtures.baseTracker.path, "--owner", "Treasury"])
        #expect(far.status == 64)
        #expect(far.stderr.contains("unknown owner 'Treasury'. Owners are: DfE, DCLG/MHCLG/DLUHC, LGA (or their full names)."), "\(far.stderr)")
    }

    @Test("--owner takes any name an owner has had, in any case", arguments: [
        "DCLG", "MHCLG", "dluhc", "Ministry of Housing, Communities and Local Government", "department for communities and local government",
    ])
    func ownerByAnyName(_ name: String) throws {
        let result = try BinaryRunner.run(["status", "--root", Fixtures.baseTracker.path, "--owner", name, "--format", "csv", "--as-of", "2022-01-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").map { $0.split(separator: ",")[1] } == ["id", "R2"])
    }

    @Test("the table names each owner as it was called on the date assessed; csv and json keep the ids")
    func ownersByDate() throws {
        func owners(_ asOf: String, _ format: String = "text") throws -> String {
            try BinaryRunner.run(["status", "--root", Fixtures.baseTracker.path, "--as-of", asOf, "--format", format]).stdout
        }
        #expect(try owners("2017-12-31").contains("2  Fewer children in care  DfE, DCLG "))
        #expect(try owners("2022-01-01").contains("2  Fewer children in care  DfE, DLUHC "))
        #expect(try owners("2025-01-01").contains("2  Fewer children in care  DfE, MHCLG "))
        #expect(try owners("2025-01-01", "markdown").contains("| 2 | Fewer children in care | DfE, MHCLG |"))
        #expect(try owners("2025-01-01", "csv").contains(",R2,Fewer children in care,DfE; DCLG,"))
    }

    @Test("show names each owner as it was called on the date assessed, and what it was called in the tracker, as the site does")
    func showOwnersByDate() throws {
        func owners(_ asOf: String) throws -> String {
            let lines = try BinaryRunner.run(["show", "R2", "--root", Fixtures.baseTracker.path, "--as-of", asOf]).stdout.split(separator: "\n")
            return String(lines.first { $0.hasPrefix("Owners: ") } ?? "")
        }
        #expect(try owners("2017-12-31") == "Owners: Department for Education (DfE); Department for Communities and Local Government (DCLG)")
        #expect(try owners("2022-01-01") == "Owners: Department for Education (DfE); Department for Levelling Up, Housing and Communities (DLUHC), formerly Department for Communities and Local Government (DCLG)")
        #expect(try owners("2025-01-01") == "Owners: Department for Education (DfE); Ministry of Housing, Communities and Local Government (MHCLG), formerly Department for Communities and Local Government (DCLG)")
    }

    @Test("a tracker with errors gives no status and exits 65")
    func errorsRefuseStatus() throws {
        let tracker = try TemporaryFolder.copy(of: Fixtures.baseTracker)
        try tracker.write("Evidence/2020/2020-06-01-broken.yaml", "id: [\n")
        let result = try BinaryRunner.run(["status", "--root", tracker.path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Evidence/2020/2020-06-01-broken.yaml:2:1: error:"))
        #expect(result.stderr.contains("no status is given"))
    }

    @Test("show prints the text, milestones, evidence and reasons")
    func show() throws {
        let result = try BinaryRunner.run(["show", "R1", "--root", Fixtures.baseTracker.path, "--as-of", "2022-01-01"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("“The department should develop a strategy to reduce churn.”"))
        #expect(result.stdout.contains("[x] A strategy is published (met)"))
        #expect(result.stdout.contains("[ ] The strategy is funded (not-met)"))
        #expect(result.stdout.contains("2020-09-30  13.5%  2021-02-25-workforce-statistics"))
        #expect(result.stdout.contains("2020-01-15  Workforce strategy — Department for Education [guidance; achieves strategy-published]"))
        let missing = try BinaryRunner.run(["show", "R9", "--root", Fixtures.baseTracker.path])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("no recommendation 'R9'"))
    }

    @Test("--as-of before all evidence gives not-assessed; a bad date is a usage error")
    func asOf() throws {
        let early = try BinaryRunner.run(["status", "--root", Fixtures.baseTracker.path, "--as-of", "2018Q1", "--format", "csv"])
        #expect(early.stdout.contains("1,R1,Reduce churn,DfE,not-assessed,0,"))
        let bad = try BinaryRunner.run(["status", "--as-of", "2023-02-30"])
        #expect(bad.status == 64)
    }

    @Test("colour only on request of a terminal: NO_COLOR and pipes get none")
    func noColour() throws {
        let result = try BinaryRunner.run(["status"], environment: ["NO_COLOR": "1"])
        #expect(!result.stdout.contains("\u{1B}["))
    }
}

@Suite("rectrack protocols and help")
struct ProtocolsCommandTests {
    @Test("protocols lists all six kinds")
    func listsKinds() throws {
        let result = try BinaryRunner.run(["protocols"])
        #expect(result.status == 0)
        for kind in ["all-of", "any-of", "external", "metric", "milestones", "response"] {
            #expect(result.stdout.contains("\(kind) — "), "\(kind) missing")
        }
    }

    @Test("docs/protocols.md is current (make docs regenerates it)")
    func docsCurrent() throws {
        let result = try BinaryRunner.run(["protocols", "--format", "markdown"])
        let committed = try String(contentsOf: Fixtures.inPackage("docs/protocols.md"), encoding: .utf8)
        #expect(result.stdout == committed, "docs/protocols.md is out of date: run make docs")
    }

    @Test("schemas/recommendation.schema.json holds the protocol schema the code describes (make docs regenerates it)")
    func schemaCurrent() throws {
        let result = try BinaryRunner.run(["protocols", "--format", "json-schema"])
        #expect(result.status == 0)
        let generated = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let committed = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: Fixtures.inPackage("schemas/recommendation.schema.json"))) as? [String: Any])
        // Only the $defs named protocol… are generated; the rest of the file is written by hand.
        let ownDefinitions = (committed["$defs"] as? [String: Any] ?? [:]).filter { $0.key.hasPrefix("protocol") }
        #expect(NSDictionary(dictionary: ownDefinitions) == generated["$defs"] as? NSDictionary,
                "schemas/recommendation.schema.json is out of date: run make docs")
    }

    @Test("every command has help that teaches, with examples")
    func help() throws {
        for command in ["validate", "status", "show", "protocols"] {
            let result = try BinaryRunner.run([command, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE: rectrack \(command)"))
        }
        let top = try BinaryRunner.run(["--help"])
        let words = top.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words.contains("Exit codes: 0 ok, 1 a check failed, 64 bad usage, 65 bad data, 66 missing input"))
    }
}
