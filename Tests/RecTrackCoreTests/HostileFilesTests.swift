import Foundation
import Testing
import RecTrackCore
import RecTrackTestSupport

@Suite("Hostile files")
struct HostileFilesTests {
    @Test("a named pipe in Evidence/ is refused at once, not waited on")
    func namedPipe() throws {
        let tracker = try TestTracker.onDisk()
        let path = "Evidence/2020/2020-05-01-pipe.yaml"
        #expect(mkfifo(tracker.path(path), 0o644) == 0)
        #expect(TestTracker.diagnostics(of: tracker.path) == ["\(path): error: it is not a regular file (a pipe, device or socket); remove it [RT0012 not-a-regular-file]"])
    }

    @Test("a file that disappears while the tracker is read is reported, not a crash")
    func vanishedFile() {
        if case .failure(let problem) = FileReader.read("/nonexistent/rectrack/Evidence/2020/gone.yaml") {
            #expect(problem.message == "the file disappeared while rectrack was reading the tracker")
        } else {
            Issue.record("reading a missing file succeeded")
        }
    }

    @Test("50,000 files in one folder are all listed and each reported, without a crash")
    func fiftyThousandFiles() throws {
        // Parsing at this scale is the benchmark's job (make bench, 100,000 files); here the folder walk is tested,
        // with files rectrack must list and warn about but not parse, so the test stays quick in a debug build.
        let tracker = try TestTracker.onDisk()
        let folder = tracker.path("Evidence/2019")
        #expect(mkdir(folder, 0o755) == 0)
        for i in 0..<50_000 {
            let descriptor = open("\(folder)/note-\(i).txt", O_WRONLY | O_CREAT | O_EXCL, 0o644)
            #expect(descriptor >= 0)
            close(descriptor)
        }
        let result = TestTracker.loader().load(root: tracker.path)
        #expect(result.fileCount == 5)  // the records and the evidence file of TestTracker.onDisk()
        #expect(result.diagnostics.warningCount == 50_000)
        #expect(result.diagnostics.diagnostics.first?.formatted ==
                "Evidence/2019/note-0.txt: warning: not a YAML file (.yaml or .yml), so rectrack ignores it; rename it or move it out of Evidence/ [RT0024 not-a-yaml-file]")
    }
}
