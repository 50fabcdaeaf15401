import Foundation
import RecTrackTestSupport
import Testing

/// A broken shared file or folder is told once, where it is broken, and not again by every file that depends on it;
/// and a tracker folder that is a link out of the tracker is refused, as a link inside one is.
@Suite("One fault, one message")
struct OneErrorNotACascadeTests {
    static let today = "2026-12-02"

    @Test("without owners.yaml, validate says so once: no 'unknown owner' in every file, no reply citing evidence that failed")
    func ownersMissing() throws {
        let folder = try TemporaryFolder.copy(of: Fixtures.severalReports)
        try FileManager.default.removeItem(atPath: folder.path("Recommendations/owners.yaml"))
        let result = try folder.run("validate", today: Self.today)
        #expect(result.status == 66)
        #expect(result.stdout == "Recommendations/owners.yaml: error: the file is missing; every tracker needs Recommendations/owners.yaml: create it (rectrack's docs/file-formats.md describes it) [RT0003 missing-file]\n1 error and 0 warnings in 1 file (15 files checked)\n")
    }

    @Test("with an owner's entry broken, unknown owners elsewhere are not listed either; a wrong owner name with good owners still is")
    func ownersBrokenOrNameWrong() throws {
        let folder = try TemporaryFolder.copy(of: Fixtures.severalReports)
        let owners = try folder.read("Recommendations/owners.yaml")
        try folder.write("Recommendations/owners.yaml", owners.replacingOccurrences(of: "  - id: DfE", with: "  - id: D f E"))
        let broken = try folder.run("validate", today: Self.today)
        #expect(broken.status == 65)
        #expect(!broken.stdout.contains("RT0410"), "\(broken.stdout)")
        #expect(broken.stdout.contains("Recommendations/owners.yaml:"))
        let good = try TemporaryFolder.copy(of: Fixtures.severalReports)
        let evidence = "Evidence/2025/2025-03-10-workforce-plan-published.yaml"
        try good.write(evidence, try good.read(evidence).replacingOccurrences(of: "owners: [DfE]", with: "owners: [DfX]"))
        let wrong = try good.run("validate", today: Self.today)
        #expect(wrong.stdout.contains("unknown owner 'DfX'"), "\(wrong.stdout)")
    }

    @Test("Evidence/ or Recommendations/ that is a link leading out of the tracker is refused (RT0020), not read through",
          arguments: ["Evidence", "Recommendations"])
    func topFolderLinkedOutside(_ name: String) throws {
        let outside = try TemporaryFolder()
        let folder = try TemporaryFolder.copy(of: Fixtures.severalReports)
        try FileManager.default.moveItem(atPath: folder.path(name), toPath: outside.path(name))
        try FileManager.default.createSymbolicLink(atPath: folder.path(name), withDestinationPath: outside.path(name))
        let result = try folder.run("validate", today: Self.today)
        #expect(result.status != 0)
        #expect(result.stdout.contains("\(name): error: the symbolic link leads outside the tracker (to \(outside.path(name))); rectrack never reads through it: move the folder into the tracker instead [RT0020 link-outside-tracker]"), "\(result.stdout)")
        #expect(!result.stdout.contains("RT0410") && !result.stdout.contains("RT0210"), "\(result.stdout)")
    }
}
