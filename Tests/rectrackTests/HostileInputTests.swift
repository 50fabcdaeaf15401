import Foundation
import RecTrackTestSupport
import Testing

@Suite("Hostile input, end to end")
struct HostileInputTests {
    @Test("a 1 GiB file is refused by its size before it is read")
    func oneGigabyte() throws {
        let tracker = try TemporaryFolder.copy(of: Fixtures.baseTracker)
        let path = tracker.path("Evidence/2020/2020-05-01-huge.yaml")
        // A sparse file: 1 GiB long, no disk used; reading it would take seconds and a gigabyte of memory.
        let descriptor = open(path, O_WRONLY | O_CREAT, 0o644)
        #expect(ftruncate(descriptor, 1 << 30) == 0)
        close(descriptor)
        let started = Date()
        let result = try BinaryRunner.run(["validate", "--root", tracker.path])
        #expect(result.status == 65)
        #expect(result.stdout.contains("Evidence/2020/2020-05-01-huge.yaml: error: the file is 1,073,741,824 bytes; the limit is 1,048,576 bytes (1 MiB)"))
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test("an unreadable file is reported with the fix, and the rest is still checked")
    func unreadableFile() throws {
        let tracker = try TemporaryFolder.copy(of: Fixtures.baseTracker)
        chmod(tracker.path("Evidence/2020/2020-01-15-strategy-published.yaml"), 0)
        // Root reads everything, so when the tests run as root the binary runs as 'nobody'.
        expectPermissionDenied(try tracker.runAsUnprivileged(["validate", "--root", tracker.path]))
    }

    private func expectPermissionDenied(_ result: RunResult) {
        #expect(result.status == 65)
        #expect(result.stdout.contains("Evidence/2020/2020-01-15-strategy-published.yaml: error: permission denied: make the file readable (chmod a+r)"))
        #expect(result.stdout.contains("(7 files checked)"))
    }
}
