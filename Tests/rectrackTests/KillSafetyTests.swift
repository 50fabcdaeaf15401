import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `report` and `evidence add` write whole files or nothing, however they are killed
/// (`check` has its own test in SnapshotSafetyTests).
struct KillSafetyTests {
    /// Every file under `folder/relative`, recursively, relative to it.
    private func files(in folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { path in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            return !isFolder.boolValue
        }.sorted()
    }

    /// Kills a started run after a random share of `duration`.
    private func killSoon(_ process: Process, within duration: TimeInterval) -> Bool {
        usleep(useconds_t(Double.random(in: 0...(duration * 1.1)) * 1_000_000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal
    }

    @Test("Killing report with SIGKILL never leaves a partial page, and earlier pages stay intact")
    func report() throws {
        let folder = try FixtureFolder.shipped()
        let today = "2026-12-02"
        let started = Date()
        let first = try folder.run("report", "--output", "site", today: today)
        let duration = Date().timeIntervalSince(started)
        #expect(first.status == 0, "\(first.stderr)")
        let site = folder.path + "/site"
        let reference = Dictionary(uniqueKeysWithValues: files(in: site).map { ($0, folder.bytes("site/" + $0)!) })
        #expect(reference.count > 10)
        var killed = 0
        for round in 0..<15 {
            let (process, _, _) = try RecTrackBinary.start(["report", "--output", "site"], in: folder.path, today: today,
                                                           outputFolder: folder.scratch)
            if killSoon(process, within: duration) { killed += 1 }
            for path in files(in: site) {
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
        let folder = try FixtureFolder.shipped()
        let today = "2026-12-02"
        let arguments = ["evidence", "add", "--date", "2026-11-20", "--kind", "statement", "--publisher", "Example publisher",
                         "--title", "Kill test statement", "--summary", "A statement used only by this test.",
                         "--bears-on", "R7:every-council-required:progresses"]
        let before = files(in: folder.path + "/Evidence")
        let started = Date()
        let first = try RecTrackBinary.run(arguments, in: folder.path, today: today)
        let duration = Date().timeIntervalSince(started)
        #expect(first.status == 0, "\(first.stderr)")
        let written = "2026/2026-11-20-kill-test-statement.yaml"
        let complete = try #require(folder.bytes("Evidence/" + written))
        var killed = 0
        for round in 0..<15 {
            try? FileManager.default.removeItem(atPath: folder.path + "/Evidence/" + written)
            let (process, _, _) = try RecTrackBinary.start(arguments, in: folder.path, today: today, outputFolder: folder.scratch)
            if killSoon(process, within: duration) { killed += 1 }
            let now = files(in: folder.path + "/Evidence").filter { !($0.split(separator: "/").last ?? "").hasPrefix(".") }
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
