import Foundation
import RecTrackTestSupport
import Testing
import RecTrackCore
#if canImport(Glibc)
import Glibc
#endif

/// A snapshot is written whole or not at all, and two checks cannot both write it.
struct SnapshotSafetyTests {
    /// Every visible file in Snapshots/ must be a quarter's snapshot that reads completely.
    private func expectOnlyCompleteSnapshots(_ folder: TemporaryFolder, _ round: Int) {
        for name in folder.list("Snapshots") where !name.hasPrefix(".") && name != "replaced" {
            #expect(Quarter(String(name.dropLast(5))) != nil && name.hasSuffix(".json"), "round \(round): stray file \(name)")
            guard let bytes = folder.bytes("Snapshots/\(name)") else { continue }
            #expect(throws: Never.self, "round \(round): \(name) is not a complete snapshot") { try Snapshot.decode(bytes) }
        }
    }

    @Test("Killing check with SIGKILL while it writes never leaves a partial or corrupt snapshot")
    func sigkill() throws {
        let folder = try TemporaryFolder.shippedTracker()
        let today = FixedToday.shippedTrackerText
        // How long a whole check takes here, so the kills spread over all of it, the writing included.
        let started = Date()
        let first = try folder.run("check", today: today)
        let duration = Date().timeIntervalSince(started)
        #expect(first.status == 0 || first.status == 1, "\(first.stderr)")
        let complete = try #require(folder.bytes("Snapshots/2026Q3.json"))
        // A valid snapshot that differs (another tool version), for the rounds that replace.
        let older = Array(String(decoding: complete, as: UTF8.self)
            .replacingOccurrences(of: "\"tool\" : \"rectrack \(RecTrackVersion.current)\"", with: "\"tool\" : \"rectrack 0.0.1\"").utf8)
        #expect(older != complete)

        var finished = 0, killed = 0, midWrite = 0
        for round in 0..<40 {
            let replacing = round % 2 == 1
            let path = folder.path("Snapshots/2026Q3.json")
            try? FileManager.default.removeItem(atPath: path)
            for name in folder.list("Snapshots") where SnapshotStore.isLeftover(name) {
                try? FileManager.default.removeItem(atPath: folder.path("Snapshots/" + name))
            }
            if replacing { try Data(older).write(to: URL(fileURLWithPath: path)) }
            let arguments = replacing ? ["check", "--replace", "--reason", "kill test"] : ["check"]
            let process = try BinaryRunner.start(arguments, in: folder.path, today: today).process
            if round % 4 < 2 {
                // Aim at the write itself: kill as soon as a temporary file appears, or a moment later.
                let deadline = Date().addingTimeInterval(duration * 3 + 2)
                while process.isRunning && Date() < deadline
                        && !folder.list("Snapshots").contains(where: { SnapshotStore.isLeftover($0) }) {
                    usleep(100)
                }
                usleep(useconds_t.random(in: 0...2_000))
            } else {
                usleep(useconds_t(Double.random(in: 0...(duration * 1.2)) * 1_000_000))
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killed += 1 } else { finished += 1 }
            expectOnlyCompleteSnapshots(folder, round)
            if folder.list("Snapshots").contains(where: { SnapshotStore.isLeftover($0) }) { midWrite += 1 }
            if let now = folder.bytes("Snapshots/2026Q3.json"), replacing {
                let snapshot = try Snapshot.decode(now)
                #expect(now == older || snapshot.replaced?.reason == "kill test", "round \(round): neither the old file nor the new one")
            }
        }
        #expect(killed > 0, "no run was killed; the delays are too long")
        // The next check clears what the killed ones left behind (hidden temporary files).
        try? FileManager.default.removeItem(atPath: folder.path("Snapshots/2026Q3.json"))
        let last = try folder.run("check", today: today)
        #expect(last.status == 0 || last.status == 1)
        #expect(folder.bytes("Snapshots/2026Q3.json") == complete)
        #expect(folder.list("Snapshots").filter { SnapshotStore.isLeftover($0) }.isEmpty)
        print("SIGKILL test: \(killed) runs killed (\(midWrite) of them part-way through writing), \(finished) finished first")
    }

    @Test("A check refuses to run while another holds the lock")
    func locked() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        try folder.addQuarter(1)
        try FileManager.default.createDirectory(atPath: folder.path("Snapshots"), withIntermediateDirectories: true)
        let descriptor = open(folder.path("Snapshots/.lock"), O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX) == 0)
        let refused = try folder.run("check", today: "2026-04-02")
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("error: another check is running on this tracker"))
        #expect(refused.stderr.contains("Snapshots/.lock"))
        #expect(folder.bytes("Snapshots/2026Q1.json") == nil)
        flock(descriptor, LOCK_UN)
        #expect(try folder.run("check", today: "2026-04-02").status == 0)
    }

    @Test("Two concurrent checks cannot both write the same snapshot")
    func concurrent() throws {
        let folder = try TemporaryFolder.shippedTracker()
        var refused = 0
        for round in 0..<4 {
            try? FileManager.default.removeItem(atPath: folder.path("Snapshots/2026Q3.json"))
            let runs = try (0..<2).map { _ in
                try BinaryRunner.start(["check"], in: folder.path)
            }
            var wrote = 0
            for run in runs {
                let result = try run.wait()
                if result.stdout.contains("Snapshot: wrote Snapshots/2026Q3.json") {
                    wrote += 1
                } else if result.status == 73 {
                    refused += 1
                    #expect(result.stderr.contains("another check is running on this tracker"), "round \(round): \(result.stderr)")
                } else {
                    // It ran after the other had finished: it found the snapshot and left it alone.
                    #expect(result.stdout.contains("Snapshots/2026Q3.json already records exactly this; left unchanged"),
                            "round \(round): \(result.stdout)\(result.stderr)")
                }
            }
            #expect(wrote == 1, "round \(round): \(wrote) runs wrote the snapshot")
            expectOnlyCompleteSnapshots(folder, round)
        }
        print("Concurrent checks: in \(refused) of 4 rounds the second was refused by the lock; in the rest it ran after the first")
    }
}
