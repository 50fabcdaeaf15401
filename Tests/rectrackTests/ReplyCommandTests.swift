import Foundation
import RecTrackTestSupport
import Testing

/// Owners' replies end to end: a reply beside the verdict in `status`, and at `--known-at`.
struct ReplyCommandTests {
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
}
