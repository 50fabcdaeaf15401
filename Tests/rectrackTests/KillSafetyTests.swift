import Foundation
import RecTrackTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `report` and `evidence add` write whole files or nothing, however they are killed
/// (`check` has its own test in SnapshotSafetyTests).
struct KillSafetyTests {
    /// Kills a started run after a random share of `duration`.
    private func killSoon(_ process: Process, within duration: TimeInterval) -> Bool {
        usleep(useconds_t(Double.random(in: 0...(duration * 1.1)) * 1_000_000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal
    }

    @Test("Killing report with SIGKILL never leaves a partial page, and earlier pages stay intact")
    func report() throws {
        let folder = try TemporaryFolder.shippedTracker()
        let today = FixedToday.shippedTrackerText
        let started = Date()
        let first = try folder.run("report", "--output", "site", today: today)
        let duration = Date().timeIntervalSince(started)
        #expect(first.status == 0, "\(first.stderr)")
        let reference = Dictionary(uniqueKeysWithValues: folder.files(under: "site").map { ($0, folder.bytes("site/" + $0)!) })
        #expect(reference.count > 10)
        var killed = 0
        for round in 0..<15 {
            let run = try BinaryRunner.start(["report", "--output", "site"], in: folder.path, today: today)
            if killSoon(run.process, within: duration) { killed += 1 }
            for path in folder.files(under: "site") {
                let name = path.split(separator: "/").last.map(String.init) ?? path
                if name.hasPrefix(".") { continue } // a killed writer's temporary file, never a page
                #expect(folder.bytes("site/" + path) == reference[path], "round \(round): \(path) is partial or corrupt")
            }
            for path in reference.keys {
                #expect(folder.bytes("site/" + path) != nil, "round \(round): \(path) from the earlier run is gone")
            }
        }
        #expect(killed > 0, "no run was killed; the delays are too long")
    }

    @Test("Killing evidence add with SIGKILL leaves the new file whole or absent, and the tracker valid")
    func evidenceAdd() throws {
        let folder = try TemporaryFolder.shippedTracker()
        let today = FixedToday.shippedTrackerText
        let arguments = ["evidence", "add", "--date", "2026-11-20", "--kind", "statement", "--publisher", "Example publisher",
                         "--title", "Kill test statement", "--summary", "A statement used only by this test.",
                         "--bears-on", "R7:every-council-required:progresses"]
        let before = folder.files(under: "Evidence")
        let started = Date()
        let first = try BinaryRunner.run(arguments, in: folder.path, today: today)
        let duration = Date().timeIntervalSince(started)
        #expect(first.status == 0, "\(first.stderr)")
        let written = "2026/2026-11-20-kill-test-statement.yaml"
        let complete = try #require(folder.bytes("Evidence/" + written))
        var killed = 0
        for round in 0..<15 {
            try? FileManager.default.removeItem(atPath: folder.path("Evidence/" + written))
            let run = try BinaryRunner.start(arguments, in: folder.path, today: today)
            if killSoon(run.process, within: duration) { killed += 1 }
            let now = folder.files(under: "Evidence").filter { !($0.split(separator: "/").last ?? "").hasPrefix(".") }
            let added = Set(now).subtracting(before)
            #expect(added.isEmpty || added == [written], "round \(round): unexpected files \(added)")
            if added == [written] {
                #expect(folder.bytes("Evidence/" + written) == complete, "round \(round): the new file is partial")
            }
            let validate = try folder.run("validate", today: today)
            #expect(validate.status == 0, "round \(round): \(validate.stdout)")
        }
        #expect(killed > 0, "no run was killed; the delays are too long")
    }
}
