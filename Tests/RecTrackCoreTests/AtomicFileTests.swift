import Foundation
import RecTrackCore
import RecTrackTestSupport
import Testing

/// Writing through a temporary file, fsync and rename: whole files or a clear error, no debris.
@Suite struct AtomicFileTests {
    @Test func writesAndReplacesAWholeFileLeavingNoTemporaryFile() throws {
        let scratch = try TemporaryFolder()
        let folder = scratch.path
        let path = folder + "/page.html"
        try AtomicFile.write(Array("first".utf8), to: path)
        try AtomicFile.write(Array("second, longer".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("second, longer".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["page.html"])
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o644)
    }

    @Test func writesAnEmptyFile() throws {
        let scratch = try TemporaryFolder()
        let folder = scratch.path
        try AtomicFile.write([], to: folder + "/empty")
        #expect(FileManager.default.contents(atPath: folder + "/empty") == Data())
    }

    @Test func missingFolderIsAnErrorNamingThePath() throws {
        let scratch = try TemporaryFolder()
        let folder = scratch.path
        #expect(throws: AtomicFile.WriteError("cannot write \(folder)/missing/page.html: No such file or directory")) {
            try AtomicFile.write(Array("x".utf8), to: folder + "/missing/page.html")
        }
    }

    @Test func aFileInTheWayOfAFolderIsAnError() throws {
        let scratch = try TemporaryFolder()
        let folder = scratch.path
        try AtomicFile.write(Array("x".utf8), to: folder + "/site")
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.createFolder(folder + "/site/owners") }
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Array("x".utf8), to: folder + "/site/index.html") }
    }

    @Test func createsNestedFoldersAndAcceptsExistingOnes() throws {
        let scratch = try TemporaryFolder()
        let folder = scratch.path
        try AtomicFile.createFolder(folder + "/a/b/c")
        try AtomicFile.createFolder(folder + "/a/b/c")
        #expect(FileReader.isDirectory(folder + "/a/b/c"))
    }
}
