import Foundation
import RecTrackCore
import Testing

/// Writing through a temporary file, fsync and rename: whole files or a clear error, no debris.
@Suite struct AtomicFileTests {
    func scratch() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func writesAndReplacesAWholeFileLeavingNoTemporaryFile() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/page.html"
        try AtomicFile.write(Array("first".utf8), to: path)
        try AtomicFile.write(Array("second, longer".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("second, longer".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["page.html"])
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o644)
    }

    @Test func writesAnEmptyFile() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write([], to: folder + "/empty")
        #expect(FileManager.default.contents(atPath: folder + "/empty") == Data())
    }

    @Test func missingFolderIsAnErrorNamingThePath() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: AtomicFile.WriteError("cannot write \(folder)/missing/page.html: No such file or directory")) {
            try AtomicFile.write(Array("x".utf8), to: folder + "/missing/page.html")
        }
    }

    @Test func aFileInTheWayOfAFolderIsAnError() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write(Array("x".utf8), to: folder + "/site")
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.createFolder(folder + "/site/owners") }
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Array("x".utf8), to: folder + "/site/index.html") }
    }

    @Test func createsNestedFoldersAndAcceptsExistingOnes() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.createFolder(folder + "/a/b/c")
        try AtomicFile.createFolder(folder + "/a/b/c")
        #expect(FileReader.isDirectory(folder + "/a/b/c"))
    }
}
