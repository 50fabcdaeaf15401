import Foundation
import RecTrackTestSupport
import Testing

/// `rectrack evidence add` end to end.
struct EvidenceAddTests {
    private let today = "2026-04-02"

    @Test("Writes a new file from options, prints its path and the new status, and the tracker stays valid")
    func fromOptions() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        try folder.addQuarter(1)
        let result = try folder.run("evidence", "add", "--date", "2026-03-30", "--title", "Workforce measures: in force from today",
                                    "--publisher", "Department for Education", "--kind", "legislation",
                                    "--url", "https://www.example.gov.uk/in-force", "--owner", "DfE",
                                    "--summary", "The strategy's measures came into force.",
                                    "--bears-on", "R1:strategy-in-force:achieves", "--bears-on", "R3:context", today: today)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            Wrote Evidence/2026/2026-03-30-workforce-measures-in-force-from-today.yaml
              R1  Publish a workforce strategy: substantial 50% → implemented 100%
              R3  Keep the advocacy duty: substantial 50% (unchanged: context is shown beside the verdict but never moves it)

            """)
        let text = String(decoding: try #require(folder.bytes("Evidence/2026/2026-03-30-workforce-measures-in-force-from-today.yaml")), as: UTF8.self)
        #expect(text == """
            # yaml-language-server: $schema=../../schemas/evidence.schema.json
            id: 2026-03-30-workforce-measures-in-force-from-today
            date: 2026-03-30
            title: 'Workforce measures: in force from today'
            publisher: Department for Education
            url: https://www.example.gov.uk/in-force
            kind: legislation
            owners: [DfE]
            summary: >
              The strategy's measures came into force.
            bears-on:
            - recommendation: R1
              milestone: strategy-in-force
              effect: achieves
            - recommendation: R3
              effect: context
            recorded: 2026-04-02

            """)
        #expect(try folder.run("validate", today: today).status == 0)

        // The same title again gets its own name; nothing is overwritten.
        let again = try folder.run("evidence", "add", "--date", "2026-03-30", "--title", "Workforce measures: in force from today",
                                   "--publisher", "DfE", "--kind", "statement", "--summary", "Said again.", today: today)
        #expect(again.status == 0)
        #expect(again.stdout == "Wrote Evidence/2026/2026-03-30-workforce-measures-in-force-from-today-2.yaml\n")
        #expect(folder.bytes("Evidence/2026/2026-03-30-workforce-measures-in-force-from-today.yaml") == Array(text.utf8))
    }

    @Test("An achieves that changes nothing says why, in the terms the assessment uses", arguments: [
        (["--kind", "statement", "--date", "2026-03-30"],
         "substantial 50% (unchanged: a statement alone is not proof that it was done, so it counts only as progress)"),
        (["--kind", "guidance", "--date", "2026-03-30"],
         "substantial 50% (unchanged: 'strategy-published' was already met, by 2026-02-02-workforce-strategy-published)"),
        (["--kind", "guidance", "--date", "2026-04"],
         "substantial 50% (unchanged: its date, 2026-04, counts from its last day, 2026-04-30, which has not come yet)"),
    ])
    func unchangedSaysWhy(_ options: [String], _ expected: String) throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        try folder.addQuarter(1)
        let milestone = options.contains("2026-04") ? "strategy-in-force" : "strategy-published"
        let result = try BinaryRunner.run(["evidence", "add", "--title", "Said again", "--publisher", "DfE", "--owner", "DfE", "--summary", "Again.",
                                           "--bears-on", "R1:\(milestone):achieves"] + options, in: folder.path, today: today)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("  R1  Publish a workforce strategy: \(expected)\n"), "\(result.stdout)")
    }

    @Test("Without a terminal, missing options are a usage error naming them")
    func missingOptions() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let result = try folder.run("evidence", "add", "--date", "2026-03-30", "--title", "Something", today: today)
        #expect(result.status == 64)
        #expect(result.stderr.contains("missing --publisher, --kind, --summary: give them, or run on a terminal to be asked"))
        let badKind = try folder.run("evidence", "add", "--date", "2026-03-30", "--title", "T", "--publisher", "P",
                                     "--kind", "guidence", "--summary", "S", today: today)
        #expect(badKind.status == 64)
        #expect(badKind.stderr.contains("--kind: 'guidence' is not a kind of evidence. Did you mean 'guidance'?"))
    }

    @Test("A file the tracker would refuse is not written; the error is located in it")
    func refused() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let before = folder.list("Evidence/2025")
        let result = try folder.run("evidence", "add", "--date", "2025-12-01", "--title", "Strategy draft", "--publisher", "DfE",
                                    "--kind", "guidance", "--summary", "A draft.", "--bears-on", "R1:strategy-publishd:progresses",
                                    today: today)
        #expect(result.status == 65)
        // The file was never written, so its errors are put in terms of the options that gave the values.
        #expect(result.stderr.hasPrefix("error: --bears-on R1:strategy-publishd:progresses: unknown milestone 'strategy-publishd' for R1. Did you mean 'strategy-published'? [RT0212 unknown-milestone]\n"), "\(result.stderr)")
        #expect(!result.stderr.contains(".yaml:11:3"))
        #expect(result.stderr.contains("Nothing was written"))
        #expect(folder.list("Evidence/2025") == before)

        let future = try folder.run("evidence", "add", "--date", "2026-05-01", "--title", "Not yet", "--publisher", "DfE",
                                    "--kind", "guidance", "--summary", "Too early.", today: today)
        #expect(future.status == 65)
        // One mistake, one message: no warning that the date recorded (today) comes before it.
        #expect(future.stderr == """
            error: --date 2026-05-01 is after today (2026-04-02); evidence records what has happened (put coming dates in --due) [RT0205 date-in-future]
            Nothing was written: Evidence/2026/2026-05-01-not-yet.yaml would make the tracker invalid; fix what is shown and run again.

            """, "\(future.stderr)")
        #expect(folder.list("Evidence/2026").isEmpty)
    }

    @Test("On a terminal it asks for what is missing, checking each answer",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
    func prompts() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let answers = ["Funding confirmed", "Department for Education", "", "fundng", "funding",
                       "The grant is confirmed for three years.", "R2:funding-ring-fenced:achieves", "R3:context", "", ""]
        // script(1) gives rectrack a terminal; the answers are typed into it, one a line. What the terminal
        // showed, prompts and messages alike, is script's standard output.
        let command = "'\(BinaryRunner.binary.path)' evidence add --date 2026-03-25"
        let result = try BinaryRunner.run(["-qec", command, "/dev/null"], in: folder.path, today: today, environment: ["NO_COLOR": "1"],
                                          input: answers.joined(separator: "\n") + "\n", executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("'fundng' is not a kind of evidence. Did you mean 'funding'?"))
        #expect(result.stdout.contains("R2  Fund early help  milestones: funding-announced, funding-ring-fenced"))
        #expect(result.stdout.contains("Wrote Evidence/2026/2026-03-25-funding-confirmed.yaml"))
        let text = String(decoding: try #require(folder.bytes("Evidence/2026/2026-03-25-funding-confirmed.yaml")), as: UTF8.self)
        #expect(text.contains("kind: funding\nsummary: >\n  The grant is confirmed for three years.\nbears-on:\n- recommendation: R2\n  milestone: funding-ring-fenced\n  effect: achieves\n- recommendation: R3\n  effect: context\nrecorded: 2026-04-02\n"))
    }
}
