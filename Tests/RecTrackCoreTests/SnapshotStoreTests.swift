import Testing
@testable import RecTrackCore
import RecTrackTestSupport

struct SnapshotStoreTests {
    private func snapshot(_ tracker: TestTracker, quarter: String = "2025Q1", gitCommit: String? = nil) throws -> Snapshot {
        let result = tracker.load()
        let loaded = try #require(result.tracker)
        let quarter = try #require(Quarter(quarter))
        let assessments = Evaluator(tracker: loaded).assessAll(asOf: quarter.lastDay)
        return Snapshot(quarter: quarter, tracker: loaded, assessments: assessments, digests: result.digests,
                        gitCommit: gitCommit, comparedWith: nil)
    }

    private func sample() -> TestTracker {
        var tracker = TestTracker()
        tracker.add("2025-01-10", "guidance", bears: [("R1", "first", "achieves")])
        return tracker
    }

    @Test("A snapshot records file and protocol hashes, encodes deterministically and reads back equal")
    func encoding() throws {
        let made = try snapshot(sample())
        #expect(made.provenance.files.count == 5)
        #expect(made.provenance.files["Evidence/2025/2025-01-10-guidance.yaml"] != nil)
        #expect(Set(made.provenance.protocols.keys) == ["R1", "R2"])
        #expect(made.asOf == Day("2025-03-31"))
        let bytes = made.encoded()
        #expect(bytes == (try snapshot(sample())).encoded())
        #expect(bytes.last == 0x0A)
        #expect(try Snapshot.decode(bytes) == made)
        #expect(throws: SnapshotFormatError.self) { try Snapshot.decode(Array(bytes.prefix(bytes.count / 2))) }
        #expect(throws: SnapshotFormatError.self) { try Snapshot.decode(Array(#"{"schemaVersion": 99}"#.utf8)) }
    }

    @Test("Writes once; a rerun that reproduces it writes nothing; a different one is refused without a reason")
    func neverOverwrites() throws {
        let folder = try TemporaryFolder()
        let store = SnapshotStore(root: folder.path)
        let lock = try store.lock()
        let first = try snapshot(sample(), gitCommit: "aaa")
        #expect(try store.write(first, replacing: nil, holding: lock) == .written("Snapshots/2025Q1.json"))
        #expect(store.quarters() == [Quarter("2025Q1")!])
        // Another commit, same files: the same record.
        #expect(try store.write(try snapshot(sample(), gitCommit: "bbb"), replacing: nil, holding: lock) == .unchanged("Snapshots/2025Q1.json"))
        var changed = sample()
        changed.add("2025-02-10", "more", bears: [("R1", "second", "achieves")])
        let different = try snapshot(changed)
        #expect {
            try store.write(different, replacing: nil, holding: lock)
        } throws: { error in
            "\(error)".contains("Snapshots/2025Q1.json: it already exists") && "\(error)".contains("R1") && "\(error)".contains("--replace")
        }
        #expect(try store.read(Quarter("2025Q1")!) == first)
    }

    @Test("--replace records the reason and the old hash, and keeps the old file")
    func replace() throws {
        let folder = try TemporaryFolder()
        let store = SnapshotStore(root: folder.path)
        let lock = try store.lock()
        let first = try snapshot(sample())
        _ = try store.write(first, replacing: nil, holding: lock)
        var changed = sample()
        changed.add("2025-02-10", "more", bears: [("R1", "second", "achieves")])
        let outcome = try store.write(try snapshot(changed), replacing: "Evidence recorded late", holding: lock)
        let oldHash = SHA256.hex(first.encoded())
        #expect(outcome == .replaced("Snapshots/2025Q1.json", previousHash: oldHash, keptAt: "Snapshots/replaced/2025Q1-\(oldHash.prefix(12)).json"))
        let now = try #require(try store.read(Quarter("2025Q1")!))
        #expect(now.replaced == Snapshot.Replacement(reason: "Evidence recorded late", previousHash: oldHash))
        #expect(try folder.read("Snapshots/replaced/2025Q1-\(oldHash.prefix(12)).json") == String(decoding: first.encoded(), as: UTF8.self))
        #expect(store.quarters() == [Quarter("2025Q1")!])
    }

    @Test("Only one holder of the lock at a time; leftovers of a killed writer are cleared")
    func lock() throws {
        let folder = try TemporaryFolder()
        try folder.write("Snapshots/.2025Q1.json.123.456.tmp", "{\"partial")
        try folder.write("Snapshots/notes.txt", "not a snapshot")
        let store = SnapshotStore(root: folder.path)
        var held: SnapshotLock? = try store.lock()
        #expect(folder.list("Snapshots") == [".gitignore", ".lock", "notes.txt"])
        #expect(try folder.read("Snapshots/.gitignore") == SnapshotStore.gitignore)
        #expect {
            try store.lock()
        } throws: { error in
            "\(error)".contains("another check is running") && "\(error)".contains("Snapshots/.lock")
        }
        #expect(held != nil)
        held = nil
        _ = try store.lock()
        #expect(store.quarters().isEmpty)
    }

    @Test("A snapshot file that is cut short is reported, not taken as no snapshot")
    func corrupt() throws {
        let folder = try TemporaryFolder()
        try folder.write("Snapshots/2025Q1.json", "{\"schemaVersion\": 1, \"quar")
        #expect {
            try SnapshotStore(root: folder.path).read(Quarter("2025Q1")!)
        } throws: { error in
            (error as? SnapshotStoreError)?.diagnostic.formatted
                == "Snapshots/2025Q1.json: error: it is not JSON, or it is cut short [RT0502 snapshot-not-json]"
        }
    }
}

/// Finding a value's line and column in JSON text by its path.
struct JSONLocatorTests {
    let text = Array("""
        {
          "a" : [1, {"b": "x,]}\\"y"}, [2, 3]],
          "c" : {"d" : {"e" : null}},
          "é" : 4, "f" : true
        }
        """.utf8)

    @Test("a value is found past strings holding brackets, commas and escaped quotes, nested objects and arrays")
    func finds() {
        #expect(JSONLocator.location(of: [.key("a")], in: text) == SourceLocation(line: 2, column: 9))
        #expect(JSONLocator.location(of: [.key("a"), .index(1), .key("b")], in: text) == SourceLocation(line: 2, column: 19))
        #expect(JSONLocator.location(of: [.key("a"), .index(2), .index(1)], in: text) == SourceLocation(line: 2, column: 35))
        #expect(JSONLocator.location(of: [.key("c"), .key("d"), .key("e")], in: text) == SourceLocation(line: 3, column: 23))
        #expect(JSONLocator.location(of: [.key("f")], in: text) == SourceLocation(line: 4, column: 18))
    }

    @Test("a path the text does not have, or text cut short, finds nothing")
    func missing() {
        #expect(JSONLocator.location(of: [.key("z")], in: text) == nil)
        #expect(JSONLocator.location(of: [.key("a"), .index(3)], in: text) == nil)
        #expect(JSONLocator.location(of: [.key("a"), .key("b")], in: text) == nil)
        #expect(JSONLocator.location(of: [.key("c"), .key("d")], in: Array(text.prefix(40))) == nil)
    }
}
