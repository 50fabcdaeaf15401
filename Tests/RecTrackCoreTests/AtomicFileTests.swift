import Testing
@testable import RecTrackCore

struct AtomicFileTests {
    @Test("Writes a new file and replaces an old one, leaving no temporary file")
    func writeAndReplace() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/out.json"
        try AtomicFile.write(Array("first\n".utf8), to: path)
        #expect(try folder.read("out.json") == "first\n")
        try AtomicFile.write(Array("second\n".utf8), to: path)
        #expect(try folder.read("out.json") == "second\n")
        #expect(try folder.list() == ["out.json"])
    }

    @Test("A folder that does not exist gives a message naming the path")
    func missingFolder() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/no/such/folder/out.json"
        do {
            try AtomicFile.write([1, 2, 3], to: path)
            Issue.record("the write should have failed")
        } catch {
            #expect("\(error)".contains("cannot write \(path)"))
            #expect("\(error)".contains("temporary file"))
        }
    }

    @Test("ExclusiveFile creates a file once and then refuses to overwrite it")
    func exclusive() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/new.yaml"
        try ExclusiveFile.create(Array("one\n".utf8), at: path)
        #expect(throws: ExclusiveFile.Failure.self) { try ExclusiveFile.create(Array("two\n".utf8), at: path) }
        #expect(try folder.read("new.yaml") == "one\n")
        #expect(try folder.list() == ["new.yaml"])
    }

    @Test("makeFolders creates missing parents and accepts folders that exist")
    func folders() throws {
        let folder = try TemporaryFolder()
        #expect(FileSystem.makeFolders(folder.path + "/a/b/c") == nil)
        #expect(FileReader.isDirectory(folder.path + "/a/b/c"))
        #expect(FileSystem.makeFolders(folder.path + "/a/b") == nil)
    }
}
