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

    /// Runs rectrack with `arguments` as a user without privileges, so that permissions hold: as it is, unless the
    /// tests run as root (who reads and writes everything), when a copy of the binary runs as 'nobody' through
    /// setpriv(1). This folder is opened to that user for reading; what it may write is up to the test.
    func runAsUnprivileged(_ arguments: [String], today: String = FixedToday.shippedTrackerText) throws -> RunResult {
        guard getuid() == 0 else { return try BinaryRunner.run(arguments, in: path, today: today) }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            throw TestSetupError("running as root without /usr/bin/setpriv (util-linux): cannot run without privileges")
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        // A copy of the binary in a temporary folder, so 'nobody' can run it wherever the clone lives.
        let binaries = try TemporaryFolder()
        let copy = binaries.path("rectrack")
        try FileManager.default.copyItem(atPath: BinaryRunner.binary.path, toPath: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binaries.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy)
        let asNobody = ["--reuid=65534", "--regid=65534", "--clear-groups", copy] + arguments
        return try BinaryRunner.run(asNobody, in: NSTemporaryDirectory(), today: today, executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }
}
