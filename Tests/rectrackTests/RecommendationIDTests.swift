import Foundation
import RecTrackTestSupport
import Testing

/// A recommendation is named the same way everywhere on the command line: its id in any case, or its number.
struct RecommendationIDTests {
    @Test("show takes R2, r2, 2 and R02 alike", arguments: ["R2", "r2", "2", "R02"])
    func show(_ reference: String) throws {
        let result = try BinaryRunner.run(["show", reference, "--root", Fixtures.quarterly.appendingPathComponent("tracker").path], today: "2026-04-02")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("R2. Fund early help\n"))
    }

    @Test("evidence add --bears-on r1 writes R1, as the tracker spells it, and the file is valid")
    func bearsOnInOtherCase() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let result = try folder.run("evidence", "add", "--date", "2026-03-30", "--title", "Strategy published", "--publisher", "DfE",
                                    "--kind", "guidance", "--summary", "Published.", "--bears-on", "r1:strategy-published:progresses",
                                    "--bears-on", "3:context", today: "2026-04-02")
        #expect(result.status == 0, "\(result.stderr)")
        let text = String(decoding: try #require(folder.bytes("Evidence/2026/2026-03-30-strategy-published.yaml")), as: UTF8.self)
        #expect(text.contains("- recommendation: R1\n  milestone: strategy-published\n"))
        #expect(text.contains("- recommendation: R3\n  effect: context\n"))
    }

    @Test("in a file, an id in other case is refused with the id as the tracker spells it")
    func fileInOtherCase() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        try folder.write("Evidence/2025/2025-12-01-lower-case.yaml", """
            id: 2025-12-01-lower-case
            date: 2025-12-01
            title: Lower case
            publisher: DfE
            kind: statement
            summary: A statement.
            bears-on:
              - recommendation: r2
                effect: context
            recorded: 2025-12-02

            """)
        let result = try folder.run("validate", today: "2026-04-02")
        #expect(result.status == 65)
        #expect(result.stdout.contains("2025-12-01-lower-case.yaml:8:5: error: unknown recommendation 'r2'. Did you mean 'R2'? Ids are written as the recommendation's file writes them."), "\(result.stdout)")
    }
}
