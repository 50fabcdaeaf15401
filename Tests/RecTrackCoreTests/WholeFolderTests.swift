import Foundation
import Testing
@testable import RecTrackCore
import RecTrackTestSupport

/// ``WholeFolder``: a folder is replaced whole or not at all.
struct WholeFolderTests {
    static let marker = WholeFolder.Marker(name: ".made-here", text: "made by a test\n")

    struct Full: Error {}

    @Test("a build that fails part-way (a full disk) leaves the old folder exactly as it was, and nothing beside it")
    func failedBuildKeepsTheOld() throws {
        let folder = try TemporaryFolder()
        try WholeFolder.replace(folder.path("out"), marker: Self.marker, what: "test") { fresh in
            try AtomicFile.write(Array("old".utf8), to: "a.txt", under: fresh)
        }
        #expect(folder.list("out") == [".made-here", "a.txt"])
        #expect(throws: Full.self) {
            try WholeFolder.replace(folder.path("out"), marker: Self.marker, what: "test") { fresh in
                try AtomicFile.write(Array("new".utf8), to: "a.txt", under: fresh)
                try AtomicFile.write(Array("new".utf8), to: "b.txt", under: fresh)
                throw Full()
            }
        }
        #expect(folder.list("out") == [".made-here", "a.txt"])
        #expect(folder.bytes("out/a.txt") == Array("old".utf8))
        #expect(folder.list() == ["out"])
    }

    @Test("the old folder is gone whole once the new one is in, and a link inside it is removed, not followed")
    func replacesWhole() throws {
        let folder = try TemporaryFolder()
        let outside = try TemporaryFolder()
        try outside.write("keep.txt", "outside")
        try WholeFolder.replace(folder.path("out"), marker: Self.marker, what: "test") { fresh in
            try AtomicFile.createFolder("sub", under: fresh)
            try AtomicFile.write(Array("one".utf8), to: "sub/one.txt", under: fresh)
        }
        try FileManager.default.createSymbolicLink(atPath: folder.path("out/sub/link"), withDestinationPath: outside.path)
        try WholeFolder.replace(folder.path("out"), marker: Self.marker, what: "test") { fresh in
            try AtomicFile.write(Array("two".utf8), to: "two.txt", under: fresh)
        }
        #expect(folder.list("out") == [".made-here", "two.txt"])
        #expect(outside.list() == ["keep.txt"])
        #expect(folder.list() == ["out"])
    }

    @Test("while one writer holds the lock, another is refused at once, naming the holder")
    func lockedOut() throws {
        let folder = try TemporaryFolder()
        try WholeFolder.replace(folder.path("out"), marker: Self.marker, what: "test") { _ in
            #expect {
                try WholeFolder.replace(folder.path("out"), marker: Self.marker, what: "test") { _ in }
            } throws: { error in
                "\(error)".contains("another rectrack test is writing") && "\(error)".contains("(process \(getpid()))")
            }
        }
    }
}
