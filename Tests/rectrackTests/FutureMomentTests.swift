import Foundation
import RecTrackTestSupport
import Testing

/// `--as-of` and `--known-at` after today are refused: a status as of a day still to come would call deadlines past
/// due and evidence stale before either is so.
@Suite("A moment after today is refused")
struct FutureMomentTests {
    static let today = "2026-12-03"

    @Test("--as-of after today, or a quarter not yet ended, is a usage error for every command that assesses",
          arguments: ["status", "show R6", "report --format markdown", "worklist", "export --output /nonexistent-never-written"])
    func asOfAfterToday(_ command: String) throws {
        let words = command.split(separator: " ").map(String.init)
        let day = try BinaryRunner.run(words + ["--as-of", "2026-12-04"], today: Self.today)
        #expect(day.status == 64, "\(day.stderr)")
        #expect(day.stderr.hasPrefix("Error: --as-of 2026-12-04 is after today (2026-12-03): rectrack assesses only what has happened; give today or an earlier date, such as the last complete quarter, 2026Q3\n"), "\(day.stderr)")
        let quarter = try BinaryRunner.run(words + ["--as-of", "2026Q4"], today: Self.today)
        #expect(quarter.status == 64)
        #expect(quarter.stderr.hasPrefix("Error: 2026Q4 has not ended yet (it ends on 2026-12-31): rectrack assesses only what has happened"), "\(quarter.stderr)")
        #expect(day.stdout.isEmpty && quarter.stdout.isEmpty)
    }

    @Test("today and any earlier day are assessed; --known-at after today is refused")
    func todayAndKnownAt() throws {
        #expect(try BinaryRunner.run(["status", "--as-of", Self.today], today: Self.today).status == 0)
        #expect(try BinaryRunner.run(["status", "--as-of", "2026Q3"], today: Self.today).status == 0)
        let known = try BinaryRunner.run(["status", "--known-at", "2027-01-01"], today: Self.today)
        #expect(known.status == 64)
        #expect(known.stderr.hasPrefix("Error: --known-at 2027-01-01 is after today (2026-12-03): nothing can have been recorded then yet"), "\(known.stderr)")
    }
}
