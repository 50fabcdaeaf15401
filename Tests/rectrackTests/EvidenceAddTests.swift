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

    @Test("--due takes a month or a year when the source gives no day, as the file's 'due:' does (#18)")
    func partialDue() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let result = try folder.run("evidence", "add", "--date", "2026-03-30", "--title", "Regulations timetable",
                                    "--publisher", "Department for Education", "--kind", "statement", "--owner", "DfE",
                                    "--summary", "The regulations are aimed to come into force in late 2027.",
                                    "--bears-on", "R3:context", "--due", "2027", today: today)
        #expect(result.status == 0, "\(result.stderr)")
        let text = String(decoding: try #require(folder.bytes("Evidence/2026/2026-03-30-regulations-timetable.yaml")), as: UTF8.self)
        #expect(text.contains("\ndue: 2027\n"), "\(text)")
        let bad = try folder.run("evidence", "add", "--date", "2026-03-30", "--title", "T", "--publisher", "P", "--kind", "statement",
                                 "--summary", "S.", "--bears-on", "R3:context", "--due", "late 2027", today: today)
        #expect(bad.status == 64 && bad.stderr.contains("--due"))
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

    @Test("A value the tracker would refuse writes nothing, and the error names the option that gave it, not a line of an unwritten file")
    func refused() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let before = folder.list("Evidence/2025")
        let result = try folder.run("evidence", "add", "--date", "2025-12-01", "--title", "Strategy draft", "--publisher", "DfE",
                                    "--kind", "guidance", "--summary", "A draft.", "--bears-on", "R1:strategy-publishd:progresses",
                                    "--bears-on", "R13:context", today: today)
        #expect(result.status == 65)
        #expect(result.stderr == """
            error: --bears-on R1:strategy-publishd:progresses: unknown milestone 'strategy-publishd' for R1. Did you mean 'strategy-published'?
            error: --bears-on R13:context: unknown recommendation 'R13'. The tracker has R1 to R3.
            Nothing was written; fix what is shown and run again.

            """)
        #expect(folder.list("Evidence/2025") == before)

        let future = try folder.run("evidence", "add", "--date", "2026-05-01", "--title", "Not yet", "--publisher", "DfE",
                                    "--kind", "guidance", "--summary", "Too early.", "--bears-on", "R1:progresses", today: today)
        #expect(future.status == 65)
        #expect(future.stderr == """
            error: --date: 2026-05-01 is after today (2026-04-02): evidence records what has happened; give a coming date, such as a commencement, as --due
            warning: --bears-on R1:progresses: 'progresses' names no milestone, so it moves nothing: write R1:MILESTONE:progresses with MILESTONE one of strategy-published, strategy-in-force, or R1:context
            Nothing was written; fix what is shown and run again.

            """)
        #expect(!future.stderr.contains("recorded"))
        #expect(folder.list("Evidence/2026").isEmpty)
    }

    @Test("A formal response needs its verdict; a verdict on other evidence is refused; nothing bearing on anything is a warning")
    func verdicts() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let common = ["evidence", "add", "--date", "2026-03-01", "--title", "Government response", "--publisher", "DfE", "--summary", "It replied."]
        let noVerdict = try BinaryRunner.run(common + ["--kind", "response", "--bears-on", "R3:duty-kept:progresses"], in: folder.path, today: today)
        #expect(noVerdict.status == 65)
        #expect(noVerdict.stderr.hasPrefix("error: --bears-on: evidence of kind 'response' gives the government's verdict on a --bears-on entry, such as R1:progresses:accepted"))
        let wrongKind = try BinaryRunner.run(common + ["--kind", "statement", "--bears-on", "R3:duty-kept:progresses:accepted"], in: folder.path, today: today)
        #expect(wrongKind.status == 65)
        #expect(wrongKind.stderr.hasPrefix("error: --bears-on R3:duty-kept:progresses:accepted: the verdict 'accepted' is only for evidence of kind 'response'"))
        let nothing = try BinaryRunner.run(common + ["--kind", "statement"], in: folder.path, today: today)
        #expect(nothing.status == 0, "\(nothing.stderr)")
        #expect(nothing.stderr == "warning: no --bears-on: it bears on no recommendation, so it will count in no assessment\n")
        #expect(folder.list("Evidence/2026") == ["2026-03-01-government-response.yaml"])
    }

    @Test("On a tracker that cannot be written, the error names the file asked for, not a staging file, and prints the answers as a command")
    func readOnly() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let arguments = ["evidence", "add", "--root", folder.path, "--date", "2025-12-01", "--title", "Strategy draft", "--publisher", "DfE",
                         "--kind", "guidance", "--summary", "A draft.", "--bears-on", "R1:context"]
        chmod(folder.path("Evidence/2025"), 0o555)
        let result = try folder.runAsUnprivileged(arguments, today: today)
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("error: cannot write \(folder.path("Evidence/2025/2025-12-01-strategy-draft.yaml")): Permission denied\n"))
        #expect(!result.stderr.contains(".new"))
        #expect(result.stderr.contains("Nothing was written.\nYour answers, as a command to run again once it can be written:\n  rectrack evidence add --root \(folder.path) --date 2025-12-01 --title 'Strategy draft' --publisher DfE --kind guidance --summary 'A draft.' --bears-on R1:context\n"))
    }

    @Test("A problem found only when the whole tracker is checked is told by the option that gave the value, never by a line of the unwritten file")
    func refusedByTheFullCheck() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let result = try folder.run("evidence", "add", "--date", "2025-12-01", "--title", "Bad\u{202E}title", "--publisher", "DfE",
                                    "--kind", "guidance", "--summary", "A draft.", "--bears-on", "R1:context", today: today)
        #expect(result.status == 65)
        #expect(result.stderr == """
            error: --title: bidirectional control U+202E is not allowed: it can make text show in another order than it is stored; delete it
            Nothing was written: the evidence would make the tracker invalid.
            Your answers, as a command to run again once fixed:
              rectrack evidence add --date 2025-12-01 --title 'Bad?title' --publisher DfE --kind guidance --summary 'A draft.' --bears-on R1:context

            """)
        #expect(folder.list("Evidence/2025").count == 2)
    }
}
