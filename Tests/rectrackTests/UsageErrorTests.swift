import Foundation
import RecTrackTestSupport
import Testing

/// A usage error ends with the usage of the command that was run, wherever in the command it is found, and every
/// date or quarter given on the command line is refused in the same words.
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

    static let dates: [(arguments: [String], message: String)] = [
        (["status", "--as-of", "2026-02-30"], "'--as-of <date>': not a real date: there is no 30 February 2026 (February 2026 has 28 days)"),
        (["status", "--known-at", "2026-02-30"], "'--known-at <date>': not a real date: there is no 30 February 2026"),
        (["worklist", "--as-of", "2026-02-30"], "'--as-of <date>': not a real date: there is no 30 February 2026"),
        (["diff", "2026-02-30"], "'<from>': not a real date: there is no 30 February 2026"),
        (["diff", "2026Q1", "2026-04-31"], "'<to>': not a real date: there is no 31 April 2026 (April 2026 has 30 days)"),
        (["evidence", "add", "--date", "2026-02-30", "--title", "T", "--publisher", "P", "--kind", "guidance", "--summary", "S"],
         "--date: '2026-02-30' is not a real date: there is no 30 February 2026 (February 2026 has 28 days)"),
        (["evidence", "add", "--date", "2026-13", "--title", "T", "--publisher", "P", "--kind", "guidance", "--summary", "S"],
         "--date: '2026-13' is not a real date: there is no month 13"),
        (["evidence", "add", "--date", "2026-02-01", "--due", "2026-02-29", "--title", "T", "--publisher", "P", "--kind", "guidance", "--summary", "S"],
         "--due: '2026-02-29' is not a real date: there is no 29 February 2026"),
        (["evidence", "add", "--date", "2026-02-01", "--due", "2026-03", "--title", "T", "--publisher", "P", "--kind", "guidance", "--summary", "S"],
         "--due: '2026-03' is not a full date: write YYYY-MM-DD"),
        (["status", "--as-of", "2026-03"], "'--as-of <date>': not a full date: write YYYY-MM-DD (2025-09-30) or a quarter"),
        (["check", "--quarter", "2026-09-30"], "'--quarter <quarter>': a date, not a quarter: write the year and Q1 to Q4, such as 2025Q3 (2026-09-30 is in 2026Q3)"),
        (["check", "--quarter", "2026Q5"], "'--quarter <quarter>': not a quarter: write the year and Q1 to Q4"),
        (["check", "--quarter", "soon"], "'--quarter <quarter>': not a quarter: write the year and Q1 to Q4"),
    ]

    @Test("a date that has the right form but does not exist is said not to exist, in the same words for every option", arguments: dates.indices)
    func impossibleDates(_ index: Int) throws {
        let (arguments, message) = Self.dates[index]
        let result = try BinaryRunner.run(arguments + ["--root", Fixtures.quarterly.appendingPathComponent("tracker").path], today: "2026-12-02")
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        #expect(!result.stderr.contains("not a date: write"), "\(arguments): \(result.stderr)")
    }
}
