import Foundation
import RecTrackCore
import RecTrackTestSupport
import Testing

/// A snapshot read back is checked before it is used (#20): one copied under another quarter's name, or edited to
/// hold a value no assessment can have, is refused at the value's line and column, with a code, never shown.
struct SnapshotReadCheckTests {
    /// A tracker with a 2026Q1 snapshot written by `check`, and that snapshot's text.
    private func trackerWithSnapshot() throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder.quarterlyTracker()
        try folder.addQuarter(1)
        let check = try folder.run("check", "--quarter", "2026Q1", today: "2026-04-02")
        #expect(check.status == 0, "\(check.stderr)")
        let bytes = try #require(folder.bytes("Snapshots/2026Q1.json"))
        return (folder, String(decoding: bytes, as: UTF8.self))
    }

    /// `text` with the first match of `pattern` replaced; fails the test when there is none.
    private func replacing(_ pattern: String, with replacement: String, in text: String) throws -> String {
        let range = try #require(text.range(of: pattern, options: .regularExpression), "no \(pattern) in the snapshot")
        return text.replacingCharacters(in: range, with: replacement)
    }

    /// `line:column` of the value in the first `"key" : value` of `written` (the last with `.backwards`), where a
    /// located error must point.
    private func position(of written: String, in text: String, options: String.CompareOptions = []) throws -> String {
        let match = try #require(text.range(of: written, options: options), "no \(written) in the snapshot")
        let value = try #require(text[match].range(of: " : ")).upperBound
        let before = text[..<value]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = before.distance(from: before.lastIndex(of: "\n").map(before.index(after:)) ?? before.startIndex, to: before.endIndex) + 1
        return "\(line):\(column)"
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let pattern: String
        let replacement: String
        let expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "progress 500", pattern: #""progress" : [0-9.]+"#, replacement: #""progress" : 500"#,
             expected: "Snapshots/2026Q1.json:@: error: assessments[0] (R1).progress is 500.0; a progress is a percentage, 0 to 100 [RT0505 snapshot-value-out-of-range]"),
        Case(name: "negative milestone credit", pattern: #""credit" : [0-9.]+"#, replacement: #""credit" : -1"#,
             expected: "[RT0505 snapshot-value-out-of-range]"),
        Case(name: "a status rectrack does not know", pattern: #""status" : "[a-z-]+""#, replacement: #""status" : "done""#,
             expected: "Snapshots/2026Q1.json:@: error: assessments[0] (R1).status is 'done', which is not a status; the statuses are not-assessed, no-progress, limited, substantial, implemented, rejected [RT0506 snapshot-unknown-status]"),
        Case(name: "a status with a progress it never has", pattern: #""status" : "[a-z-]+""#, replacement: #""status" : "implemented""#,
             expected: "Snapshots/2026Q1.json:@: error: assessments[0] (R1).status is 'implemented' with progress 50; no assessment gives that pair (implemented is always 100, no-progress always 0, substantial at least 50, and nothing else but a rejection reaches 100): the file was changed after it was written [RT0505 snapshot-value-out-of-range]"),
        Case(name: "substantial below half the way", pattern: #""progress" : 50"#, replacement: #""progress" : 37"#,
             expected: "error: assessments[0] (R1).status is 'substantial' with progress 37; no assessment gives that pair"),
        Case(name: "an owner's reply with a status rectrack does not know", pattern: #""status" : "implemented""#, replacement: #""status" : "great""#,
             expected: "Snapshots/2026Q1.json:@: error: assessments[2] (R3).replies[0].status is 'great', which is not a status; the statuses are not-assessed, no-progress, limited, substantial, implemented, rejected [RT0506 snapshot-unknown-status]"),
        Case(name: "a newer layout", pattern: #""schemaVersion" : 1"#, replacement: #""schemaVersion" : 99"#,
             expected: "Snapshots/2026Q1.json:@: error: it has schemaVersion 99; this rectrack reads versions 1 to 2: use the rectrack that wrote it [RT0503 snapshot-schema-version]"),
        Case(name: "cut short", pattern: #"(?s)"provenance".*"#, replacement: "",
             expected: "Snapshots/2026Q1.json: error: it is not JSON, or it is cut short [RT0502 snapshot-not-json]"),
        Case(name: "a date that is not the quarter's last day", pattern: #""asOf" : "2026-03-31""#, replacement: #""asOf" : "2026-03-30""#,
             expected: "Snapshots/2026Q1.json:@: error: asOf is 2026-03-30, but a snapshot of 2026Q1 is made as of its last day, 2026-03-31 [RT0504 snapshot-wrong-quarter]"),
    ]

    @Test("an impossible or unreadable snapshot is refused by diff and check at the value, with its code", arguments: cases)
    func impossibleValues(_ example: Case) throws {
        let (folder, text) = try trackerWithSnapshot()
        let changed = try replacing(example.pattern, with: example.replacement, in: text)
        try folder.write("Snapshots/2026Q1.json", changed)
        // The error is at the changed value's line and column, when it has one.
        let expected = example.expected.contains(":@:")
            ? example.expected.replacingOccurrences(of: ":@:", with: ":\(try position(of: example.replacement, in: changed)):") : example.expected
        let diff = try folder.run("diff", "2026Q1", "2026Q2", today: "2026-07-02")
        #expect(diff.status == 65, "\(diff.stdout)")
        #expect(diff.stderr.contains(expected), "\(diff.stderr)")
        #expect(!diff.stdout.contains("500"))
        // check reads the previous quarter's snapshot to compare with: it stops too, and writes nothing.
        try folder.addQuarter(2)
        let check = try folder.run("check", "--quarter", "2026Q2", today: "2026-07-02")
        #expect(check.status == 65, "\(check.stdout)")
        #expect(check.stderr.contains(expected), "\(check.stderr)")
        #expect(folder.bytes("Snapshots/2026Q2.json") == nil)
    }

    @Test("a snapshot that assesses one recommendation twice is refused at the second entry, naming the first")
    func oneRecommendationTwice() throws {
        let (folder, text) = try trackerWithSnapshot()
        // R2's entry made to name R1, as a paste from another file would: each value is still one an assessment can have.
        let changed = try replacing(#""recommendation" : "R2""#, with: #""recommendation" : "R1""#, in: text)
        try folder.write("Snapshots/2026Q1.json", changed)
        let at = try position(of: #""recommendation" : "R1""#, in: changed, options: .backwards)
        #expect(at != (try position(of: #""recommendation" : "R1""#, in: changed)))
        let expected = "Snapshots/2026Q1.json:\(at): error: assessments[1] assesses R1 again, after assessments[0]; a snapshot records one assessment per recommendation [RT0507 snapshot-assessed-twice]"
        let diff = try folder.run("diff", "2026Q1", "2026Q2", today: "2026-07-02")
        #expect(diff.status == 65 && diff.stdout.isEmpty, "\(diff.stdout)")
        #expect(diff.stderr.contains(expected), "\(diff.stderr)")
        // Put back, the file reads again: the check is of the repeat, not of anything else the edit touched.
        try folder.write("Snapshots/2026Q1.json", text)
        #expect(try folder.run("diff", "2026Q1", "2026Q2", today: "2026-07-02").status == 0)
    }

    @Test("a snapshot with an assessment deleted by hand is refused: it would hide that recommendation's fall in the next check")
    func assessmentDeleted() throws {
        let (folder, text) = try trackerWithSnapshot()
        var json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var assessments = try #require(json["assessments"] as? [Any])
        assessments.removeFirst()
        json["assessments"] = assessments
        let edited = try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys])
        try folder.write("Snapshots/2026Q1.json", String(decoding: edited, as: UTF8.self))
        try folder.addQuarter(2)
        let check = try folder.run("check", "--quarter", "2026Q2", today: "2026-07-02")
        #expect(check.status == 65, "\(check.stdout)")
        #expect(check.stderr.contains("error: it assesses 2 recommendations, but its provenance lists 3 recommendation records that the check read; every record read is assessed, so the file was changed after it was written [RT0505 snapshot-value-out-of-range]"), "\(check.stderr)")
        #expect(folder.bytes("Snapshots/2026Q2.json") == nil)
    }

    @Test("a snapshot copied under another quarter's name is refused, naming both quarters")
    func copiedUnderAnotherName() throws {
        let (folder, text) = try trackerWithSnapshot()
        try folder.write("Snapshots/2026Q2.json", text)
        let diff = try folder.run("diff", "2026Q2", "2026Q3", today: "2026-10-02")
        #expect(diff.status == 65, "\(diff.stdout)")
        #expect(diff.stderr.contains("Snapshots/2026Q2.json:\(try position(of: #""quarter" : "2026Q1""#, in: text)): error: it records 2026Q1, not 2026Q2 as its name says: a snapshot copied or renamed from another quarter is not the record of this one [RT0504 snapshot-wrong-quarter]"), "\(diff.stderr)")
        // The genuine one still reads.
        #expect(try folder.run("diff", "2026Q1", "2026-09-30", today: "2026-10-02").status == 0)
    }

    @Test("a snapshot check writes is read back clean, and every value it holds passes the checks")
    func writtenSnapshotsPass() throws {
        let (folder, text) = try trackerWithSnapshot()
        let store = SnapshotStore(root: folder.path)
        let read = try #require(try store.read(Quarter("2026Q1")!))
        #expect(read.encoded() == Array(text.utf8))
    }
}
