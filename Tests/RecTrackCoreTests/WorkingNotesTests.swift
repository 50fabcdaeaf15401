import Foundation
import Testing
@testable import RecTrackCore
import RecTrackTestSupport

/// `working-notes`, the secretariat's own notes on a piece of evidence: one line in the table of evidence keys
/// makes both readers read it.
@Suite("Evidence working notes")
struct WorkingNotesTests {
    private static let record = """
        id: 2020-03-01-example
        date: 2020-03-01
        title: An example fact
        publisher: Department for Education
        kind: guidance
        summary: Something happened.
        recorded: 2020-03-02
        working-notes: >-
          Ask the department whether the
          guidance is statutory.

        """

    @Test("the fast reader reads them, and the full reader reads the same")
    func bothReadersAgree() throws {
        let bytes = Array(Self.record.utf8)
        let fast = try #require(EvidenceFastReader.read(bytes), "a file with working notes took the full path")
        let sink = DiagnosticSink(path: "x.yaml")
        let full = EvidenceDecoder.read(try YAMLParser.parse(bytes), sink: sink)
        #expect(sink.diagnostics.isEmpty)
        #expect(fast.workingNotes == "Ask the department whether the guidance is statutory.")
        #expect(full.workingNotes == fast.workingNotes)
        #expect(fast.keyLocations["working-notes"] == SourceLocation(line: 8, column: 1))
        #expect(full.keyLocations["working-notes"] == fast.keyLocations["working-notes"])
    }

    @Test("loaded with the tracker, the evidence carries them; evidence without them has none")
    func loaded() throws {
        var tracker = TestTracker()
        tracker.files["Evidence/2020/2020-03-01-example.yaml"] = Array(Self.record.utf8)
        tracker.add("2020-04-01", "without-notes", bears: [])
        let result = tracker.load()
        #expect(result.diagnostics.diagnostics.isEmpty)
        let evidence = try #require(result.tracker?.evidence)
        #expect(evidence.first { $0.id == "2020-03-01-example" }?.workingNotes == "Ask the department whether the guidance is statutory.")
        #expect(evidence.first { $0.id == "2020-04-01-without-notes" }?.workingNotes == nil)
    }

    @Test("notes that are not text send the file to the full reader, which says so")
    func notText() throws {
        let text = Self.record.components(separatedBy: "working-notes:")[0] + "working-notes: [ask, the department]\n"
        let bytes = Array(text.utf8)
        #expect(EvidenceFastReader.read(bytes) == nil)
        let sink = DiagnosticSink(path: "x.yaml")
        _ = EvidenceDecoder.read(try YAMLParser.parse(bytes), sink: sink)
        #expect(sink.diagnostics.map(\.message) == ["'working-notes' must be text, found a list"])
    }
}
