import Testing
@testable import RecTrackCore
import RecTrackTestSupport

struct ExclusiveFileTests {
    @Test("Creates a file once, then refuses to overwrite it, leaving no staging file")
    func exclusive() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/new.yaml"
        try ExclusiveFile.create(Array("one\n".utf8), at: path)
        #expect(throws: ExclusiveFile.Failure.self) { try ExclusiveFile.create(Array("two\n".utf8), at: path) }
        #expect(try folder.read("new.yaml") == "one\n")
        #expect(folder.list() == ["new.yaml"])
    }

    @Test("A missing folder is a write failure that names the path")
    func missingFolder() throws {
        let folder = try TemporaryFolder()
        #expect {
            try ExclusiveFile.create([1], at: folder.path + "/no/such/new.yaml")
        } throws: { error in
            "\(error)".contains("cannot write \(folder.path)/no/such/")
        }
    }
}
