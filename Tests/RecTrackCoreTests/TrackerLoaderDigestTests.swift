import Testing
@testable import RecTrackCore
import RecTrackTestSupport

struct TrackerLoaderDigestTests {
    @Test("With recordsDigests, every file read has the SHA-256 of its bytes; without, none")
    func digests() throws {
        var tracker = TestTracker()
        tracker.add("2025-01-10", "guidance", bears: [("R1", "first", "achieves")])
        let result = tracker.load(digests: true)
        #expect(result.diagnostics.errorCount == 0)
        #expect(result.digests.count == tracker.files.count)
        for (path, bytes) in tracker.files { #expect(result.digests[path] == SHA256.hex(bytes)) }
        #expect(tracker.load(digests: false).digests.isEmpty)
    }

    @Test("load(root:adding:) checks a new file against the tracker on disk, which stays untouched")
    func adding() throws {
        let folder = try TemporaryFolder()
        var tracker = TestTracker()
        tracker.add("2025-01-10", "guidance", bears: [("R1", "first", "achieves")])
        try tracker.write(to: folder)
        let loader = TestTracker.loader()
        let good = Array("id: 2025-02-01-more\ndate: 2025-02-01\ntitle: More\npublisher: P\nkind: guidance\nsummary: S.\nrecorded: 2025-02-01\n".utf8)
        let result = loader.load(root: folder.path, adding: ["Evidence/2025/2025-02-01-more.yaml": good])
        #expect(result.diagnostics.errorCount == 0)
        #expect(result.tracker?.evidence.map(\.id) == ["2025-01-10-guidance", "2025-02-01-more"])
        let clash = Array("id: 2025-01-10-guidance\ndate: 2025-01-10\ntitle: Again\npublisher: P\nkind: guidance\nsummary: S.\nrecorded: 2025-02-01\n".utf8)
        let bad = loader.load(root: folder.path, adding: ["Evidence/2026/2025-01-10-guidance.yaml": clash])
        #expect(bad.diagnostics.diagnostics.contains { $0.message.contains("is also used by") })
        #expect(folder.list("Evidence") == ["2025"])
    }
}
