import Foundation
import RecTrackTestSupport
import Testing
import RecTrackCore

/// A snapshot records the commit when the tracker is in a git work tree; a new commit alone does not
/// make a rerun differ.
struct GitProvenanceTests {
    private static let gitPath = ["/usr/bin/git", "/usr/local/bin/git"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @discardableResult
    private func git(_ arguments: String..., in folder: String) throws -> String {
        // The runner's fixed environment (no GIT_DIR, no HOME and so no user configuration) and an author.
        let author = ["GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
                      "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"]
        let result = try BinaryRunner.run(arguments, in: folder, environment: author,
                                          executable: URL(fileURLWithPath: GitProvenanceTests.gitPath!))
        guard result.status == 0 else { throw TestSetupError("git \(arguments.joined(separator: " ")) failed: \(result.stderr)") }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("The snapshot holds the commit; committing the snapshot does not make a rerun differ",
          .enabled(if: gitPath != nil, "needs git"))
    func commit() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        try folder.addQuarter(1)
        try git("init", "--quiet", in: folder.path)
        try git("add", "-A", in: folder.path)
        try git("commit", "--quiet", "-m", "Tracker", in: folder.path)
        let head = try git("rev-parse", "HEAD", in: folder.path)

        #expect(try folder.run("check", today: "2026-04-02").status == 0)
        let snapshot = try Snapshot.decode(try #require(folder.bytes("Snapshots/2026Q1.json")))
        #expect(snapshot.provenance.gitCommit == head)

        try git("add", "--", "Snapshots/*.json", in: folder.path)
        try git("commit", "--quiet", "-m", "Snapshot", in: folder.path)
        let rerun = try folder.run("check", today: "2026-04-02")
        #expect(rerun.status == 0)
        #expect(rerun.stdout.contains("Snapshots/2026Q1.json already records exactly this; left unchanged"))
        #expect(try git("status", "--porcelain", in: folder.path) == "", "the lock or a temporary file shows as untracked")
    }
}
