import Foundation
import RecTrackTestSupport

/// Trackers copied into a temporary folder for the command-line tests, and rectrack run inside them.
extension TemporaryFolder {
    /// A copy of the quarterly fixture's tracker as it stood at the end of 2025 (`Tests/Fixtures/quarterly/tracker`).
    static func quarterlyTracker() throws -> TemporaryFolder {
        try copy(of: Fixtures.quarterly.appendingPathComponent("tracker"))
    }

    /// A copy of the repository's own tracker (Recommendations/ and Evidence/).
    static func shippedTracker() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for name in ["Recommendations", "Evidence"] {
            try FileManager.default.copyItem(atPath: Fixtures.inPackage(name).path, toPath: folder.path(name))
        }
        return folder
    }

    /// Adds the files of the quarterly fixture's quarter N (`Tests/Fixtures/quarterly/quarter-N`).
    func addQuarter(_ number: Int) throws {
        try copyContents(of: Fixtures.quarterly.appendingPathComponent("quarter-\(number)"))
    }

    /// Adds guidance dated in 2026Q1 that meets R1's last milestone, recorded on 2026-04-10: after a 2026Q1 check.
    func addLateGuidance() throws {
        try write("Evidence/2026/2026-03-20-late-guidance.yaml", """
            id: 2026-03-20-late-guidance
            date: 2026-03-20
            title: Late guidance
            publisher: DfE
            kind: guidance
            summary: Recorded after the check.
            bears-on:
              - {recommendation: R1, milestone: strategy-in-force, effect: achieves}
            recorded: 2026-04-10
            """)
    }

    /// Runs rectrack in this folder to the end.
    func run(_ arguments: String..., today: String, input: String? = nil) throws -> RunResult {
        try BinaryRunner.run(arguments, in: path, today: today, input: input)
    }
}
