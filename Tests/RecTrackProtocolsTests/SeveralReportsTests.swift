import RecTrackCore
import RecTrackTestSupport
import Testing

/// A tracker holding several reports (#22): each report's folder, qualified and short ids, and the located errors of
/// a layout that cannot be read.
@Suite("Several reports in one tracker")
struct SeveralReportsTests {
    private static func loadFixture() throws -> Tracker {
        let result = BaseTracker.loader.load(root: Fixtures.severalReports.path)
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics.map(\.formatted))")
        return try #require(result.tracker)
    }

    @Test("the root report comes first, then each report folder by id; recommendations are keyed by qualified id")
    func reportsAndKeys() throws {
        let tracker = try Self.loadFixture()
        #expect(tracker.reports.map(\.id) == ["first-fictional-inquiry", "second-fictional-inquiry", "third-fictional-inquiry"])
        #expect(tracker.hasSeveralReports && tracker.keysAreQualified && !tracker.isRestricted)
        #expect(tracker.recommendations.map(\.id) == ["first-fictional-inquiry:R1", "first-fictional-inquiry:R2",
                                                       "second-fictional-inquiry:R1", "second-fictional-inquiry:R2",
                                                       "third-fictional-inquiry:R3"])
        #expect(tracker.recommendations.map(\.shortID) == ["R1", "R2", "R1", "R2", "R3"])
        #expect(tracker.recommendations.map(\.report) == tracker.recommendations.map { String($0.id.prefix { $0 != ":" }) })
    }

    @Test("a short id is taken where one report has it; one that several have names the qualified choices")
    func lookUp() throws {
        let tracker = try Self.loadFixture()
        #expect(tracker.recommendation("R3")?.id == "third-fictional-inquiry:R3")
        #expect(tracker.recommendation("r3")?.id == "third-fictional-inquiry:R3")
        #expect(tracker.recommendation("Second-Fictional-Inquiry:r1")?.id == "second-fictional-inquiry:R1")
        #expect(tracker.recommendation("second-fictional-inquiry:1")?.id == "second-fictional-inquiry:R1")
        #expect(tracker.lookUp("R1") == .ambiguous(["first-fictional-inquiry:R1", "second-fictional-inquiry:R1"]))
        #expect(tracker.lookUp("2") == .ambiguous(["first-fictional-inquiry:R2", "second-fictional-inquiry:R2"]))
        #expect(tracker.lookUp("third-fictional-inquiry:R1") == .unknown)
        #expect(tracker.lookUp("no-such-report:R1") == .unknown)
    }

    @Test("evidence and replies are keyed by the recommendations they name, short or qualified")
    func bearingsAndReplies() throws {
        let tracker = try Self.loadFixture()
        let plan = try #require(tracker.evidence(id: "2025-03-10-workforce-plan-published"))
        #expect(plan.bearings.map(\.recommendation) == ["first-fictional-inquiry:R1", "second-fictional-inquiry:R1", "third-fictional-inquiry:R3"])
        #expect(tracker.replies.map(\.recommendation) == ["first-fictional-inquiry:R1"])
        let assessed = Evaluator(tracker: tracker).evaluate(asOf: Day("2026-06-30")!)
        #expect(assessed.assessments.map(\.reportID) == tracker.recommendations.map(\.report))
        #expect(assessed.entry(for: "second-fictional-inquiry:R1")?.assessment.status == .implemented)
        #expect(assessed.entry(for: "first-fictional-inquiry:R1")?.assessment.status == .substantial)
    }

    @Test("a one-report tracker keeps short ids and no report beside its assessments")
    func oneReport() throws {
        let tracker = try #require(BaseTracker.loader.load(root: Fixtures.baseTracker.path).tracker)
        #expect(!tracker.hasSeveralReports && !tracker.keysAreQualified)
        #expect(tracker.recommendations.map(\.id) == ["R1", "R2"])
        #expect(Evaluator(tracker: tracker).assessAll(asOf: Day("2026-06-30")!).allSatisfy { $0.reportID == nil })
    }

    @Test("a folder without report.yaml in a one-report tracker is a warning, is not read, and leaves its ids short")
    func strayFolder() throws {
        let folder = try BaseTracker.copy()
        try folder.write("Recommendations/old/R01.yaml", "id: R1\nnot: valid\n")
        try folder.write("Recommendations/old/notes.txt", "notes")
        let result = BaseTracker.loader.load(root: folder.path)
        #expect(result.diagnostics.diagnostics.map(\.code) == [.reportFolderWithoutRecord])
        let tracker = try #require(result.tracker)
        #expect(!tracker.keysAreQualified && tracker.recommendations.map(\.id) == ["R1", "R2"])
        #expect(!tracker.files.contains { $0.hasPrefix("Recommendations/old/") })
        #expect(result.fileCount == BaseTracker.loader.load(root: Fixtures.baseTracker.path).fileCount)
    }

    @Test("one report of several keeps its qualified keys and only its recommendations")
    func restricted() throws {
        let tracker = try #require(try Self.loadFixture().restricted(toReport: "SECOND-fictional-inquiry"))
        #expect(tracker.isRestricted && tracker.reports.map(\.id) == ["second-fictional-inquiry"])
        #expect(tracker.recommendations.map(\.id) == ["second-fictional-inquiry:R1", "second-fictional-inquiry:R2"])
        #expect(tracker.recommendation("R1")?.id == "second-fictional-inquiry:R1")
        #expect(try Self.loadFixture().restricted(toReport: "fourth") == nil)
    }

    /// A layout that cannot be read: the files to add to a copy of the fixture and the one diagnostic expected.
    struct BadLayout: CustomTestStringConvertible, Sendable {
        let name: String
        let files: [String: String]
        let folder: String?
        let expected: String
        var testDescription: String { name }
    }

    static let badLayouts = [
        BadLayout(name: "folder named other than its report",
                  files: ["Recommendations/fourth/report.yaml": "id: fourth-fictional-inquiry\ntitle: A Fourth\npublisher: P\ndate: 2022-01-01\n"], folder: nil,
                  expected: "Recommendations/fourth/report.yaml:1:5: error: the report's id 'fourth-fictional-inquiry' differs from its folder's name 'fourth'; rename the folder Recommendations/fourth-fictional-inquiry/ or write 'id: fourth' [RT0902 report-folder-mismatch]"),
        BadLayout(name: "a folder with the root report's id",
                  files: ["Recommendations/first-fictional-inquiry/report.yaml": "id: first-fictional-inquiry\ntitle: Again\npublisher: P\ndate: 2022-01-01\n"], folder: nil,
                  expected: "Recommendations/first-fictional-inquiry/report.yaml:1:5: error: report id 'first-fictional-inquiry' is also the id of the report in Recommendations/report.yaml; give each report its own id, and its folder the same name [RT0903 duplicate-report-id]"),
        BadLayout(name: "a report folder without report.yaml", files: [:], folder: "Recommendations/fourth",
                  expected: "Recommendations/fourth: warning: the folder 'fourth/' has no report.yaml, so it is not a report and its files are not read: add Recommendations/fourth/report.yaml with the report's id 'fourth', or move the folder out of Recommendations/ [RT0901 report-folder-without-record]"),
        BadLayout(name: "evidence naming a short id two reports have",
                  files: ["Evidence/2025/2025-01-01-ambiguous.yaml": """
                      id: 2025-01-01-ambiguous
                      date: 2025-01-01
                      title: An invented fact
                      publisher: Department for Education
                      kind: guidance
                      summary: Invented.
                      bears-on:
                        - recommendation: R1
                          effect: context
                      recorded: 2025-01-02
                      """], folder: nil,
                  expected: "Evidence/2025/2025-01-01-ambiguous.yaml:8:5: error: 'R1' names a recommendation of several reports: write one of first-fictional-inquiry:R1, second-fictional-inquiry:R1 [RT0904 ambiguous-recommendation]"),
        BadLayout(name: "a link naming a short id two reports have",
                  files: ["Recommendations/third-fictional-inquiry/R03.yaml": """
                      id: R3
                      number: 3
                      title: Guidance for councils
                      text: The association should issue guidance.
                      theme: Local government
                      owners: [LGA]
                      protocol: {kind: response}
                      links:
                        - kind: relates-to
                          recommendation: R1
                          note: Invented.
                      """], folder: nil,
                  expected: "Recommendations/third-fictional-inquiry/R03.yaml:9:5: error: 'R1' names a recommendation of several reports: write one of first-fictional-inquiry:R1, second-fictional-inquiry:R1 [RT0904 ambiguous-recommendation]"),
        BadLayout(name: "a reply naming a short id two reports have",
                  files: ["Replies/2026/2026-05-01-dfe-r2.yaml": """
                      id: 2026-05-01-dfe-r2
                      recommendation: R2
                      owner: DfE
                      date: 2026-05-01
                      status: limited
                      says: Invented.
                      channel: letter
                      recorded: 2026-05-02
                      """], folder: nil,
                  expected: "Replies/2026/2026-05-01-dfe-r2.yaml:2:1: error: 'R2' names a recommendation of several reports: write one of first-fictional-inquiry:R2, second-fictional-inquiry:R2 [RT0904 ambiguous-recommendation]"),
    ]

    @Test("a layout that cannot be read is one located error with its code", arguments: badLayouts)
    func badLayout(_ layout: BadLayout) throws {
        let folder = try TemporaryFolder.copy(of: Fixtures.severalReports)
        for (path, text) in layout.files { try folder.write(path, text) }
        if let made = layout.folder { try folder.makeFolder(made) }
        let found = BaseTracker.diagnostics(of: folder.path)
        #expect(found == [layout.expected])
    }
}
