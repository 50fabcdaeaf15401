import Foundation
import RecTrackTestSupport
import Testing

/// Temporary files an interrupted `evidence add` left behind (#20): validate reports them, and the next add in the
/// same folder removes those whose writer has ended, never one another run is still writing.
struct LeftoverFilesTests {
    static let today = FixedToday.shippedTrackerText

    /// The id of a process that has ended.
    private func endedProcess() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test("validate warns at each leftover; the next evidence add removes the abandoned ones and keeps a running writer's")
    func leftoversOfEvidenceAdd() throws {
        let folder = try TemporaryFolder.shippedTracker()
        let ended = try endedProcess()
        let running = ProcessInfo.processInfo.processIdentifier
        let abandoned = [".2026-11-20-a.yaml.tmp-\(ended)-AbC123", ".2026-11-20-b.yaml.\(ended).77.new"]
        let live = ".2026-11-20-c.yaml.tmp-\(running)-XyZ789"
        for name in abandoned + [live] { try folder.write("Evidence/2026/" + name, "id: half") }

        let validate = try folder.run("validate", today: Self.today)
        #expect(validate.status == 0, "\(validate.stdout)")
        for name in abandoned + [live] {
            #expect(validate.stdout.contains("Evidence/2026/\(name): warning: a temporary file that a rectrack run stopped part-way left behind; it is not read. Remove it (the next evidence add in this folder removes it once its writer has ended) [RT0025 leftover-temporary-file]"), "\(validate.stdout)")
        }

        let add = try folder.run("evidence", "add", "--date", "2026-11-20", "--kind", "statement", "--publisher", "Example publisher",
                                 "--title", "Leftover test", "--summary", "A statement used only by this test.",
                                 "--bears-on", "R7:every-council-required:progresses", today: Self.today)
        #expect(add.status == 0, "\(add.stderr)")
        let hidden = folder.list("Evidence/2026").filter { $0.hasPrefix(".") }
        #expect(hidden == [live], "\(hidden)")
    }
}
