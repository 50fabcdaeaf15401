import Foundation
import RecTrackTestSupport
import Testing

/// Dates and quarters at and past the calendar's ends, or that do not exist, are usage errors (exit 64) that say what is
/// wrong, in the same words for every option, never a trap.
@Suite("The edges of the calendar, on the command line")
struct CalendarEdgeTests {
    static let refused: [(arguments: [String], message: String)] = [
        (["status", "--as-of", "0001-01-01"], "outside the dates rectrack works with (0002-01-01 to 9998-12-31)"),
        (["status", "--as-of", "0001Q1"], "outside the dates rectrack works with"),
        (["status", "--as-of", "9999Q4"], "outside the dates rectrack works with"),
        (["status", "--as-of", "9999-12-31"], "outside the dates rectrack works with"),
        (["status", "--known-at", "0001-01-01"], "outside the dates rectrack works with"),
        (["show", "R1", "--as-of", "0001-03-31"], "outside the dates rectrack works with"),
        (["worklist", "--as-of", "9999-12-31"], "outside the dates rectrack works with"),
        (["check", "--quarter", "0001Q1"], "outside the quarters rectrack works with (0002Q1 to 9998Q4)"),
        (["check", "--quarter", "9999Q4"], "outside the quarters rectrack works with"),
        (["diff", "0001Q1"], "The value '0001Q1' is invalid for '<from>': outside the dates rectrack works with"),
        (["diff", "2025Q4", "9999-12-31"], "The value '9999-12-31' is invalid for '<to>': outside the dates rectrack works with"),
        (["status", "--as-of", "2026-02-30"], "not a real date: there is no 30 February 2026 (February 2026 has 28 days)"),
        (["status", "--as-of", "2024-02-30"], "February 2024 has 29 days"),
        (["status", "--as-of", "2026-13-01"], "not a real date: there is no month 13"),
        (["status", "--as-of", "2026Q5"], "not a quarter: write the year and Q1 to Q4"),
        (["check", "--quarter", "2026Q0"], "not a quarter: write the year and Q1 to Q4"),
        (["status", "--as-of", "soon"], "not a date: write YYYY-MM-DD"),
        // A date of the right form that does not exist is said not to exist, in the same words for every option.
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
        (["evidence", "add", "--date", "2026-02-01", "--due", "late 2027", "--title", "T", "--publisher", "P", "--kind", "guidance", "--summary", "S"],
         "--due: 'late 2027' is not a date: write YYYY-MM-DD, or YYYY-MM or YYYY when the day is not known"),
        (["status", "--as-of", "2026-03"], "'--as-of <date>': not a full date: write YYYY-MM-DD (2025-09-30) or a quarter"),
        (["check", "--quarter", "2026-09-30"], "'--quarter <quarter>': a date, not a quarter: write the year and Q1 to Q4, such as 2025Q3 (2026-09-30 is in 2026Q3)"),
        (["check", "--quarter", "2026Q5"], "'--quarter <quarter>': not a quarter: write the year and Q1 to Q4"),
        (["check", "--quarter", "soon"], "'--quarter <quarter>': not a quarter: write the year and Q1 to Q4"),
    ]

    @Test("refused with exit 64 and a message that says what is wrong", arguments: refused.indices)
    func refusedAtTheEdges(_ index: Int) throws {
        let (arguments, message) = Self.refused[index]
        // A copy, not the fixture itself: a case that were wrongly accepted must not write into the repository.
        let folder = try TemporaryFolder.quarterlyTracker()
        let result = try BinaryRunner.run(arguments + ["--root", folder.path])
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test("the first and last usable quarters are checked, snapshotted, read back and compared")
    func firstAndLastQuarters() throws {
        let folder = try TemporaryFolder()
        let root = folder.path + "/tracker"
        try FileManager.default.copyItem(atPath: Fixtures.quarterly.appendingPathComponent("tracker").path, toPath: root)
        // A quarter before the report is refused (below), so the report is dated in the first usable year.
        let report = root + "/Recommendations/report.yaml"
        let dated = try String(contentsOfFile: report, encoding: .utf8).replacing(/date: [0-9-]+/, with: "date: 0002-01-15")
        try dated.write(toFile: report, atomically: true, encoding: .utf8)
        let first = try BinaryRunner.run(["check", "--quarter", "0002Q1", "--root", root], today: "9999-06-30")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: root + "/Snapshots/0002Q1.json"))
        let last = try BinaryRunner.run(["check", "--quarter", "9998Q4", "--root", root], today: "9999-06-30")
        #expect(last.status == 0, "\(last.stderr)")
        let diff = try BinaryRunner.run(["diff", "0002Q1", "9998Q4", "--root", root], today: "9999-06-30")
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.hasPrefix("Changes from 0002Q1 (snapshot Snapshots/0002Q1.json) to 9998Q4 (snapshot Snapshots/9998Q4.json)"))
        let status = try BinaryRunner.run(["status", "--as-of", "0002-01-01", "--root", root], today: "9999-06-30")
        #expect(status.status == 0, "\(status.stderr)")
    }

    @Test("a quarter that ended before the report was published is refused: its snapshot would stand in the record for good")
    func quarterBeforeTheReport() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let result = try BinaryRunner.run(["check", "--quarter", "2016Q3", "--root", folder.path], today: "2026-10-01")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: 2016Q3 ended before the report was published"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/Snapshots/2016Q3.json"))
    }
}
