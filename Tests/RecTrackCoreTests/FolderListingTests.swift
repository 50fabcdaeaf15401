import Foundation
import Testing
@testable import RecTrackCore
import RecTrackTestSupport

@Suite("Listing a tracker's folders")
struct FolderListingTests {
    /// Names whose byte order and `String` order agree only where the listing relies on it (ASCII); the accented ones
    /// are the same name composed and decomposed, which `String` orders by canonical equivalence.
    private static let asciiNames = ["b.yaml", "B.yaml", "a-b.yaml", "a.b.yaml", "a.yaml", "a0.yaml", "ab.yaml", "A.yaml", "~.yaml", "_x.yaml"]
    private static let mixedNames = asciiNames + ["\u{E9}t\u{E9}.yaml", "e\u{301}a.yaml", "z\u{308}.yaml", "\u{212B}.yaml"]

    private func listed(_ names: [String]) throws -> [String] {
        let folder = try TemporaryFolder()
        for name in names { try folder.write("Evidence/2020/" + name, "id: x\n") }
        try folder.write("Recommendations/report.yaml", "id: x\n")
        return TrackerScanner(root: folder.path).scan().evidenceFiles.map { String($0.dropFirst("Evidence/2020/".count)) }
    }

    @Test("a folder of ASCII names is listed in String order")
    func asciiOrder() throws {
        let names = try listed(Self.asciiNames)
        #expect(names == Self.asciiNames.sorted())
    }

    @Test("a folder with accented names is listed in String order, canonical equivalence included")
    func mixedOrder() throws {
        let names = try listed(Self.mixedNames)
        #expect(names == Self.mixedNames.sorted())
    }

    @Test("the records, the evidence and the replies are listed apart, each sorted, whatever readdir's order")
    func parts() throws {
        let folder = try TemporaryFolder()
        try folder.write("Recommendations/report.yaml", "id: x\n")
        try folder.write("Recommendations/R02.yaml", "id: R2\n")
        try folder.write("Recommendations/R01.yaml", "id: R1\n")
        for year in ["2021", "2019", "2020"] { try folder.write("Evidence/\(year)/\(year)-01-01-x.yaml", "id: x\n") }
        try folder.write("Evidence/2020/.hidden.yaml", "id: x\n")
        try folder.write("Evidence/2020/notes.txt", "x\n")
        try folder.write("Replies/2020/r.yaml", "id: r\n")
        let scanner = TrackerScanner(root: folder.path)
        let records = scanner.scanRecords()
        #expect(records.recommendationFiles == ["Recommendations/R01.yaml", "Recommendations/R02.yaml", "Recommendations/report.yaml"])
        #expect(records.evidenceFiles.isEmpty)
        let listing = scanner.scanEvidence(after: records)
        #expect(listing.recommendationFiles == records.recommendationFiles)
        #expect(listing.evidenceFiles == ["Evidence/2019/2019-01-01-x.yaml", "Evidence/2020/2020-01-01-x.yaml", "Evidence/2021/2021-01-01-x.yaml"])
        #expect(listing.replyFiles == ["Replies/2020/r.yaml"])
        // Neither is read; both are said, so no file is left out without a word.
        #expect(listing.diagnostics.map(\.path) == ["Evidence/2020/.hidden.yaml", "Evidence/2020/notes.txt"])
        #expect(listing.diagnostics.map(\.code) == [.hiddenNotRead, .notYAMLFile])
    }

    @Test("a link from the evidence back to the records' folder is reported, not read as evidence")
    func linkToRecords() throws {
        let folder = try TemporaryFolder()
        try folder.write("Recommendations/report.yaml", "id: x\n")
        try folder.write("Evidence/2020/2020-01-01-x.yaml", "id: x\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path("Evidence/records"), withDestinationPath: folder.path("Recommendations"))
        let listing = TrackerScanner(root: folder.path).scan()
        #expect(listing.evidenceFiles == ["Evidence/2020/2020-01-01-x.yaml"])
        #expect(listing.diagnostics.map(\.code) == [.linkLoop])
    }

    @Test("year folders, walked at once, give the files and the messages in the order a walk in turn gives them")
    func yearFoldersAtOnce() throws {
        let folder = try TemporaryFolder()
        try folder.write("Recommendations/report.yaml", "id: x\n")
        for year in ["2021", "2019", "2020", "2022"] {
            try folder.write("Evidence/\(year)/\(year)-02-01-b.yaml", "id: x\n")
            try folder.write("Evidence/\(year)/\(year)-01-01-a.yaml", "id: x\n")
            try folder.write("Evidence/\(year)/notes-\(year).txt", "x\n")
        }
        try folder.write("Evidence/2020/deeper/2020-03-01-c.yaml", "id: x\n")
        try folder.write("Evidence/2020/deeper/more.txt", "x\n")
        try folder.write("Evidence/top.yaml", "id: x\n")
        try folder.write("Evidence/top.txt", "x\n")
        let listing = TrackerScanner(root: folder.path).scan()
        let years = ["2019", "2020", "2021", "2022"]
        #expect(listing.evidenceFiles == (years.flatMap { ["Evidence/\($0)/\($0)-01-01-a.yaml", "Evidence/\($0)/\($0)-02-01-b.yaml"] }
            + ["Evidence/2020/deeper/2020-03-01-c.yaml", "Evidence/top.yaml"]).sorted())
        #expect(listing.diagnostics.map(\.path) == ["Evidence/2019/notes-2019.txt", "Evidence/2020/deeper/more.txt", "Evidence/2020/notes-2020.txt",
                                                    "Evidence/2021/notes-2021.txt", "Evidence/2022/notes-2022.txt", "Evidence/top.txt"])
    }

    @Test("a link from one year folder to another is reported where a walk in turn meets it, and its files are listed once")
    func linkBetweenYearFolders() throws {
        let folder = try TemporaryFolder()
        try folder.write("Recommendations/report.yaml", "id: x\n")
        for year in ["2019", "2020", "2021"] { try folder.write("Evidence/\(year)/\(year)-01-01-a.yaml", "id: x\n") }
        try FileManager.default.createSymbolicLink(atPath: folder.path("Evidence/2021/again"), withDestinationPath: folder.path("Evidence/2019"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("Evidence/2018"), withDestinationPath: folder.path("Evidence/2020"))
        let listing = TrackerScanner(root: folder.path).scan()
        // 2018 is read first (by name), so it is 2020, a folder of its own, that is then the one read twice.
        #expect(listing.evidenceFiles == ["Evidence/2018/2020-01-01-a.yaml", "Evidence/2019/2019-01-01-a.yaml", "Evidence/2021/2021-01-01-a.yaml"])
        #expect(listing.diagnostics.map(\.path) == ["Evidence/2020", "Evidence/2021/again"])
        #expect(listing.diagnostics.map(\.code) == [.linkLoop, .linkLoop])
    }

    @Test("past its limit of open folders, files are read by their whole path, as before")
    func openFoldersLimit() throws {
        let folder = try TemporaryFolder()
        try folder.write("Evidence/2020/a.yaml", "a\n")
        try folder.write("Evidence/2021/b.yaml", "b\n")
        let folders = OpenFolders(base: folder.path + "/", paths: ["Evidence/2020/a.yaml", "Evidence/2021/b.yaml"], limit: 1)
        #expect(folders.count == 1)
        #expect(try folders.read("Evidence/2020/a.yaml").get() == Array("a\n".utf8))
        #expect(try folders.read("Evidence/2021/b.yaml").get() == Array("b\n".utf8))
    }

    @Test("a path is directly inside a folder only when no other folder comes between")
    func directlyInside() {
        #expect(PathParts.isDirectlyInside("Evidence/2020/x.yaml", folder: "Evidence/2020"))
        #expect(!PathParts.isDirectlyInside("Evidence/2020/sub/x.yaml", folder: "Evidence/2020"))
        #expect(!PathParts.isDirectlyInside("Evidence/20201/x.yaml", folder: "Evidence/2020"))
        #expect(!PathParts.isDirectlyInside("Evidence/2020", folder: "Evidence/2020"))
        #expect(!PathParts.isDirectlyInside("Evidence/2021/x.yaml", folder: "Evidence/2020"))
    }
}
