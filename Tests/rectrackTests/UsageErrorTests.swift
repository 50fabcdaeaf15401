import Foundation
import RecTrackTestSupport
import Testing

/// A usage error ends with the usage of the command that was run, wherever in the command it is found.
@Suite("Usage errors, end to end")
struct UsageErrorTests {
    static let subcommandErrors: [(arguments: [String], message: String, usage: String)] = [
        (["show", "R13"], "Error: no recommendation 'R13'. The tracker has R1 to R3.\n", "Usage: rectrack show "),
        (["status", "--owner", "Nobody"], "Error: unknown owner 'Nobody'", "Usage: rectrack status "),
        (["check", "--quarter", "2027Q1"], "Error: 2027Q1 has not ended yet", "Usage: rectrack check "),
        (["diff", "2026Q3", "2026Q2"], "Error: '2026Q3' (2026-09-30) must come before '2026Q2' (2026-06-30)", "Usage: rectrack diff "),
        (["evidence", "add", "--title", "T"], "Error: missing --date, --publisher, --kind, --summary", "Usage: rectrack evidence add "),
        (["evidence", "add", "--date", "2026-02-01", "--title", "T", "--publisher", "P", "--kind", "guidence", "--summary", "S"],
         "Error: --kind: 'guidence' is not a kind of evidence", "Usage: rectrack evidence add "),
    ]

    @Test("an error found while a subcommand runs shows that subcommand's usage, not the root's", arguments: subcommandErrors.indices)
    func subcommandUsage(_ index: Int) throws {
        let (arguments, message, usage) = Self.subcommandErrors[index]
        let result = try BinaryRunner.run(arguments + ["--root", Fixtures.quarterly.appendingPathComponent("tracker").path], today: "2026-12-02")
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix(message), "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("\n" + usage), "\(arguments): \(result.stderr)")
        #expect(!result.stderr.contains("<subcommand>"), "\(arguments): \(result.stderr)")
        let name = usage.dropFirst("Usage: ".count).trimmingCharacters(in: .whitespaces)
        #expect(result.stderr.hasSuffix("  See '\(name) --help' for more information.\n"), "\(arguments): \(result.stderr)")
    }
}
