import Foundation
import RecTrackTestSupport
import Testing

/// Owners' replies end to end: `reply add`, and a reply beside the verdict in `status`, at `--known-at`, and in `report`.
struct ReplyCommandTests {
    private let today = "2026-04-02"

    /// DfE's letter of 31 March 2026 on R1 of the quarterly fixture after its first quarter, as `reply add` records it
    /// on 2026-04-02 (from options or from its questions): the file, and what it prints.
    static let dfeLetter = (path: "Replies/2026/2026-03-31-dfe-r1.yaml", file: """
        # yaml-language-server: $schema=../../schemas/reply.schema.json
        id: 2026-03-31-dfe-r1
        recommendation: R1
        owner: DfE
        date: 2026-03-31
        status: implemented
        says: >
          The strategy is in place.
        cites:
        - 2026-02-02-workforce-strategy-published
        channel: letter
        recorded: 2026-04-02

        """, printed: """
        Wrote Replies/2026/2026-03-31-dfe-r1.yaml
          R1  Publish a workforce strategy: substantial 50%
          DfE's view (letter of 31 March 2026): implemented — disagrees

        """)

    @Test("reply add writes a new file from options, prints the owner's view, and never overwrites")
    func addFromOptions() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        try folder.addQuarter(1)
        let arguments = ["reply", "add", "--recommendation", "r1", "--owner", "dfe", "--date", "2026-03-31", "--status", "implemented",
                         "--channel", "letter", "--says", "The strategy is in place.", "--cites", "2026-02-02-workforce-strategy-published"]
        let result = try BinaryRunner.run(arguments, in: folder.path, today: today)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == Self.dfeLetter.printed)
        let path = Self.dfeLetter.path
        let text = String(decoding: try #require(folder.bytes(path)), as: UTF8.self)
        #expect(text == Self.dfeLetter.file)
        #expect(try folder.run("validate", today: today).status == 0)
        let again = try BinaryRunner.run(arguments, in: folder.path, today: today)
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("Wrote Replies/2026/2026-03-31-dfe-r1-2.yaml\n"))
        #expect(folder.bytes(path) == Array(text.utf8))
    }

    @Test("reply add refuses a reply that would make the tracker invalid, writing nothing")
    func refused() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let result = try BinaryRunner.run(["reply", "add", "--recommendation", "R1", "--owner", "DfE", "--date", "2026-03-31",
                                           "--status", "implemented", "--channel", "letter", "--says", "Done.", "--cites", "2026-02-02-no-such-evidence"],
                                          in: folder.path, today: today)
        #expect(result.status == 65)
        #expect(result.stderr.contains("Replies/2026/2026-03-31-dfe-r1.yaml:10:3: error: 'cites' names evidence '2026-02-02-no-such-evidence' that the tracker does not have."), "\(result.stderr)")
        #expect(result.stderr.contains("Nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("Replies")))
    }

    @Test("without a terminal, missing options are a usage error naming them; a misspelt status is a usage error with a suggestion")
    func usage() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let missing = try folder.run("reply", "add", "--recommendation", "R1", today: today)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("missing --owner, --date, --status, --says, --channel"), "\(missing.stderr)")
        let misspelt = try folder.run("reply", "add", "--recommendation", "R1", "--owner", "DfE", "--date", "2026-03-31", "--status", "implemnted",
                                      "--channel", "letter", "--says", "Done.", today: today)
        #expect(misspelt.status == 64)
        #expect(misspelt.stderr.contains("--status: 'implemnted' is not a status. Did you mean 'implemented'?"), "\(misspelt.stderr)")
    }

    @Test("--known-at reproduces what a past quarter said: a reply recorded later is not shown")
    func knownAt() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        for quarter in 1...3 { try folder.addQuarter(quarter) }
        let now = try folder.run("status", "--as-of", "2026Q3", today: "2026-10-01")
        #expect(now.stdout.contains("  R2  DfE's view (published reply of 15 September 2026): implemented — disagrees\n"), "\(now.stdout)")
        let then = try folder.run("status", "--as-of", "2026Q3", "--known-at", "2026-09-15", today: "2026-10-01")
        #expect(then.status == 0)
        #expect(!then.stdout.contains("R2  DfE's view"), "\(then.stdout)")
        #expect(then.stdout.contains("  R1  DfE's view (email of 10 June 2026): substantial — disagrees\n"), "\(then.stdout)")
    }

    @Test("report --for-reply writes the owner's pack: draft verdicts, reasons, evidence, their reply on record and how to reply")
    func replyPack() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        for quarter in 1...3 { try folder.addQuarter(quarter) }
        let result = try folder.run("report", "--for-reply", "--owner", "DfE", "--as-of", "2026Q3", today: "2026-10-01")
        #expect(result.status == 0, "\(result.stderr)")
        try Golden.assert(result.stdout, named: "quarterly/reply-pack-DfE-2026Q3.md")
        let noOwner = try folder.run("report", "--for-reply", today: "2026-10-01")
        #expect(noOwner.status == 64 && noOwner.stderr.contains("--for-reply needs --owner"), "\(noOwner.stderr)")
        let unknown = try folder.run("report", "--for-reply", "--owner", "DfX", today: "2026-10-01")
        #expect(unknown.status == 64 && unknown.stderr.contains("unknown owner 'DfX'. Did you mean 'DfE'?"), "\(unknown.stderr)")
    }
}
