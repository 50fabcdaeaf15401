import Foundation
import RecTrackReports
import RecTrackTestSupport
import Testing

/// The fixture tracker with three invented reports (`Tests/Fixtures/several-reports`, #22), end to end: every command
/// in every format, `--report`, ids that several reports share, the site, and snapshots across adding a report.
@Suite("Several reports, end to end")
struct SeveralReportsCommandTests {
    static let today = "2026-12-02"

    /// A copy of the fixture.
    static func fixture() throws -> TemporaryFolder {
        try TemporaryFolder.copy(of: Fixtures.severalReports)
    }

    /// `several-reports/<stem>.<format>.<extension>`.
    static func golden<Format: OutputFormat>(_ stem: String, _ format: Format) -> String {
        "several-reports/\(stem).\(format.rawValue).\(format.fileExtension)"
    }

    private func compare<Format: OutputFormat>(_ arguments: [String], _ format: Format, golden stem: String, exit: Int32 = 0,
                                               in folder: TemporaryFolder? = nil,
                                               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let folder = try folder ?? Self.fixture()
        let result = try BinaryRunner.run(arguments + ["--format", format.rawValue], in: folder.path, today: Self.today)
        #expect(result.status == exit, "\(result.stderr)", sourceLocation: sourceLocation)
        try Golden.assert(result.stdout, named: Self.golden(stem, format), sourceLocation: sourceLocation)
    }

    @Test("status names each report: a table per report, a report column, reportID per assessment", arguments: StatusFormat.allCases)
    func status(_ format: StatusFormat) throws { try compare(["status", "--as-of", "2026Q3"], format, golden: "status") }

    @Test("show takes a short id only one report has, and names the report", arguments: ShowFormat.allCases)
    func show(_ format: ShowFormat) throws { try compare(["show", "R3", "--as-of", "2026Q3"], format, golden: "show-R3") }

    @Test("worklist across the reports", arguments: SectionFormat.allCases)
    func worklist(_ format: SectionFormat) throws { try compare(["worklist", "--as-of", "2026Q3"], format, golden: "worklist") }

    @Test("worklist as of 2025Q4: the second report's R2, accepted in 2019, is repeated by the third report's R3 of 2021",
          arguments: SectionFormat.allCases)
    func worklistChainAcrossReports(_ format: SectionFormat) throws {
        try compare(["worklist", "--as-of", "2025Q4"], format, golden: "worklist-2025Q4")
    }

    @Test("a chain across reports is listed under --report of the accepted recommendation's report, and gone once the response is revised")
    func worklistChainWithReport() throws {
        let folder = try Self.fixture()
        let heading = "Accepted, then repeated by a later call (1)\n  second-fictional-inquiry:R2: accepted on 20 September 2019"
        let second = try folder.run("worklist", "--as-of", "2025Q4", "--report", "second-fictional-inquiry", today: Self.today)
        #expect(second.status == 0 && second.stdout.contains(heading + " (2019-09-20-invented-response), repeated on 1 November 2021 by third-fictional-inquiry:R3"),
                "\(second.stdout)")
        let third = try folder.run("worklist", "--as-of", "2025Q4", "--report", "third-fictional-inquiry", today: Self.today)
        #expect(!third.stdout.contains("Accepted, then repeated"), "the worklist of a report lists its own recommendations' chains: \(third.stdout)")
        let revised = try folder.run("worklist", "--as-of", "2026Q3", today: Self.today)
        #expect(!revised.stdout.contains("Accepted, then repeated"), "the standing response of 2026 accepts it only in part: \(revised.stdout)")
    }

    @Test("the brief has a table per report", arguments: [ReportFormat.markdown])
    func brief(_ format: ReportFormat) throws { try compare(["report", "--as-of", "2026Q3"], format, golden: "brief") }

    @Test("check of 2026Q3, against an assessment of 2026Q2, without writing", arguments: CheckFormat.allCases)
    func check(_ format: CheckFormat) throws { try compare(["check", "--quarter", "2026Q3", "--no-snapshot"], format, golden: "check-2026Q3") }

    @Test("diff from the 2026Q2 snapshot to 2026Q3", arguments: SectionFormat.allCases)
    func diff(_ format: SectionFormat) throws {
        let folder = try Self.fixture()
        // Evidence dated in 2026Q3 is needed for a change: the fixture's newest is from 2026Q1, so compare 2025Q4 with 2026Q1.
        let checked = try BinaryRunner.run(["check", "--quarter", "2025Q4"], in: folder.path, today: Self.today)
        #expect(checked.status == 0, "\(checked.stderr)")
        try compare(["diff", "2025Q4", "2026Q1"], format, golden: "diff-2025Q4-2026Q1", in: folder)
    }

    @Test("diff --report compares one report's recommendations of the snapshot with the same report now")
    func diffOneReport() throws {
        let folder = try Self.fixture()
        #expect(try folder.run("check", "--quarter", "2025Q4", today: Self.today).status == 0)
        let diff = try folder.run("diff", "2025Q4", "2026Q1", "--report", "second-fictional-inquiry", "--format", "json", today: Self.today)
        #expect(diff.status == 0, "\(diff.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any])
        let changes = try #require(json["changes"] as? [[String: Any]]), responses = try #require(json["responseChanges"] as? [[String: Any]])
        #expect(changes.map { $0["recommendation"] as? String } == ["second-fictional-inquiry:R1"])
        // R2 was accepted in 2019 and is accepted in part in 2026: its response changed, its status did not.
        #expect(responses.map { $0["recommendation"] as? String } == ["second-fictional-inquiry:R2"])
    }

    @Test("--report shows one report's recommendations, with the ids they have in the whole tracker")
    func oneReport() throws {
        let folder = try Self.fixture()
        let csv = try folder.run("status", "--report", "Second-Fictional-Inquiry", "--format", "csv", today: Self.today)
        #expect(csv.status == 0, "\(csv.stderr)")
        let ids = csv.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[2] }
        #expect(ids == ["second-fictional-inquiry:R1", "second-fictional-inquiry:R2"])
        let show = try folder.run("show", "R1", "--report", "second-fictional-inquiry", today: Self.today)
        #expect(show.status == 0 && show.stdout.hasPrefix("second-fictional-inquiry:R1. Fund the workforce plan\nReport: A Second Fictional Inquiry\n"), "\(show.stdout)")
        let worklist = try folder.run("worklist", "--report", "third-fictional-inquiry", "--format", "json", today: Self.today)
        #expect(worklist.status == 0 && !worklist.stdout.contains("first-fictional-inquiry:") && worklist.stdout.contains("third-fictional-inquiry:R3"))
    }

    @Test("an unknown report and a short id that several reports have are usage errors naming the choices",
          arguments: [(["status", "--report", "second-inquiry"], "unknown report 'second-inquiry'. The tracker's reports are: first-fictional-inquiry, second-fictional-inquiry, third-fictional-inquiry."),
                      (["diff", "2025Q4", "--report", "fourth"], "unknown report 'fourth'. The tracker's reports are: first-fictional-inquiry, second-fictional-inquiry, third-fictional-inquiry."),
                      (["show", "R1"], "'R1' names a recommendation of several reports: write one of first-fictional-inquiry:R1, second-fictional-inquiry:R1, or pass --report"),
                      (["show", "third-fictional-inquiry:R1"], "no recommendation 'third-fictional-inquiry:R1'.")])
    func usageErrors(_ arguments: [String], _ message: String) throws {
        let result = try BinaryRunner.run(arguments, in: Fixtures.severalReports.path, today: Self.today)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Error: " + message), "\(result.stderr)")
    }

    @Test("evidence add takes qualified ids and short ones one report has, and refuses one that several have, writing nothing")
    func evidenceAdd() throws {
        let folder = try Self.fixture()
        let options = ["evidence", "add", "--date", "2026-11-30", "--title", "Invented guidance", "--publisher", "Local Government Association",
                       "--kind", "guidance", "--url", "https://www.example.gov.uk/guidance", "--owner", "LGA", "--summary", "Invented."]
        let refused = try BinaryRunner.run(options + ["--bears-on", "R1:context"], in: folder.path, today: Self.today)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("--bears-on R1:context: 'R1' names a recommendation of several reports: write one of first-fictional-inquiry:R1, second-fictional-inquiry:R1"), "\(refused.stderr)")
        #expect(folder.bytes("Evidence/2026/2026-11-30-invented-guidance.yaml") == nil)
        let written = try BinaryRunner.run(options + ["--bears-on", "third-fictional-inquiry:R3:guidance-issued:achieves", "--bears-on", "second-fictional-inquiry:2:context"],
                                           in: folder.path, today: Self.today)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.contains("third-fictional-inquiry:R3  Guidance for councils: no-progress 0% → implemented 100%"), "\(written.stdout)")
        let text = try folder.read("Evidence/2026/2026-11-30-invented-guidance.yaml")
        #expect(text.contains("- recommendation: third-fictional-inquiry:R3\n  milestone: guidance-issued\n  effect: achieves\n- recommendation: second-fictional-inquiry:R2\n  effect: context\n"), "\(text)")
    }

    @Test("reply add takes a qualified id in any case and writes it as the tracker keys it")
    func replyAdd() throws {
        let folder = try Self.fixture()
        let result = try folder.run("reply", "add", "--recommendation", "Second-Fictional-Inquiry:r2", "--owner", "MHCLG", "--date", "2026-11-01",
                                    "--status", "limited", "--says", "Invented.", "--channel", "letter", today: Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try folder.read("Replies/2026/2026-11-01-mhclg-second-fictional-inquiry-r2.yaml")
        #expect(text.contains("recommendation: second-fictional-inquiry:R2\n"), "\(text)")
        #expect(try folder.run("validate", today: Self.today).status == 0)
    }

    @Test("export keys each row by its own report and short id, reads older snapshots keyed so, and --report exports one report")
    func export() throws {
        let folder = try Self.fixture()
        #expect(try folder.run("check", "--quarter", "2026Q3", today: Self.today).status == 0)
        let all = try folder.run("export", "--output", "all", today: Self.today)
        #expect(all.status == 0, "\(all.stderr)")
        let keys = { (file: String) in try folder.read(file).split(separator: "\r\n").dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") } }
        #expect(try keys("all/recommendations.csv") == ["first-fictional-inquiry,R1", "first-fictional-inquiry,R2", "second-fictional-inquiry,R1",
                                                        "second-fictional-inquiry,R2", "third-fictional-inquiry,R3"])
        let published = try folder.read("all/assessments.csv").split(separator: "\r\n").filter { $0.hasPrefix("2026Q3,") }
        #expect(published.map { $0.split(separator: ",", omittingEmptySubsequences: false)[4...5].joined(separator: ",") } == ["first-fictional-inquiry,R1", "first-fictional-inquiry,R2",
                "second-fictional-inquiry,R1", "second-fictional-inquiry,R2", "third-fictional-inquiry,R3"])
        // A link across reports names its target by that report's id and short id, as the recommendations table does.
        #expect(try folder.read("all/links.csv").split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[0...5].joined(separator: ",") }
                == ["second-fictional-inquiry,R1,1,builds-on,first-fictional-inquiry,R1", "third-fictional-inquiry,R3,1,repeats,second-fictional-inquiry,R2"])
        let one = try folder.run("export", "--report", "third-fictional-inquiry", "--output", "one", today: Self.today)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(try keys("one/recommendations.csv") == ["third-fictional-inquiry,R3"])
        #expect(try folder.read("one/assessments.csv").split(separator: "\r\n").dropFirst().allSatisfy { $0.contains(",third-fictional-inquiry,R3,") })
    }

    @Test("a check records every report (schemaVersion 2); a check of one report is a dry run")
    func snapshots() throws {
        let folder = try Self.fixture()
        let one = try folder.run("check", "--quarter", "2026Q3", "--report", "third-fictional-inquiry", today: Self.today)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(folder.bytes("Snapshots/2026Q3.json") == nil)
        #expect(try folder.run("check", "--quarter", "2026Q3", "--report", "third-fictional-inquiry", "--replace", "--reason", "x", today: Self.today).status == 64)
        let all = try folder.run("check", "--quarter", "2026Q3", today: Self.today)
        #expect(all.status == 0, "\(all.stderr)")
        let bytes = try #require(folder.bytes("Snapshots/2026Q3.json"))
        let snapshot = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(snapshot["schemaVersion"] as? Int == 2)
        #expect(snapshot["reports"] as? [String] == ["first-fictional-inquiry", "second-fictional-inquiry", "third-fictional-inquiry"])
        let assessments = try #require(snapshot["assessments"] as? [[String: Any]])
        #expect(assessments.map { $0["recommendation"] as? String } == ["first-fictional-inquiry:R1", "first-fictional-inquiry:R2",
                                                                         "second-fictional-inquiry:R1", "second-fictional-inquiry:R2", "third-fictional-inquiry:R3"])
        #expect(assessments.map { $0["reportID"] as? String } == assessments.map { ($0["recommendation"] as? String)?.split(separator: ":").first.map(String.init) })
    }

    @Test("a snapshot written while the tracker had one report still compares once a second is added")
    func snapshotBeforeASecondReport() throws {
        let folder = try TemporaryFolder.copy(of: Fixtures.baseTracker)
        let first = try folder.run("check", "--quarter", "2026Q1", today: Self.today)
        #expect(first.status == 0, "\(first.stderr)")
        let old = try folder.read("Snapshots/2026Q1.json")
        #expect(old.contains("\"schemaVersion\" : 1") && old.contains("\"recommendation\" : \"R1\"") && !old.contains("reportID"))
        try folder.write("Recommendations/second-report/report.yaml", "id: second-report\ntitle: A Second Test Report\npublisher: A Test Committee\ndate: 2020-01-01\n")
        try folder.write("Recommendations/second-report/R03.yaml", """
            id: R3
            number: 3
            title: Keep a register of placements
            text: Councils should keep an invented register of placements.
            theme: Records
            owners: [LGA]
            protocol: {kind: milestones, milestones: [{id: register-kept, title: A register is kept}]}
            """)
        let diff = try folder.run("diff", "2026Q1", "--format", "json", today: Self.today)
        #expect(diff.status == 0, "\(diff.stderr)")
        let changes = try #require((try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any])?["changes"] as? [[String: Any]])
        // R1 and R2 of the snapshot are the first report's: unchanged, so not listed; only the new report's R3 is new.
        #expect(changes.map { $0["recommendation"] as? String } == ["second-report:R3"])
        #expect(changes.first?["before"] == nil)
        let check = try folder.run("check", "--quarter", "2026Q2", "--format", "json", today: Self.today)
        #expect(check.status == 0, "\(check.stderr)")
        let trends = try folder.read("Snapshots/2026Q2.json")
        #expect(trends.contains("\"recommendation\" : \"test-report:R1\"") && trends.contains("\"previousStatus\""))
    }

    @Test("the site has a page per report, an index across them, and owner pages that span reports")
    func site() throws {
        let folder = try Self.fixture()
        let result = try folder.run("report", "--as-of", "2026Q3", "--output", "site", today: Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        let files = Set(folder.files(under: "site"))
        let pages = files.filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages == ["index.html", "owners/DCLG.html", "owners/DfE.html", "owners/LGA.html", "print.html",
                          "recommendations/first-fictional-inquiry--R1.html", "recommendations/first-fictional-inquiry--R2.html",
                          "recommendations/second-fictional-inquiry--R1.html", "recommendations/second-fictional-inquiry--R2.html",
                          "recommendations/third-fictional-inquiry--R3.html", "reports/first-fictional-inquiry.html",
                          "reports/second-fictional-inquiry.html", "reports/third-fictional-inquiry.html"], "\(pages)")
        #expect(files.filter { $0.hasPrefix("badges/") }.count == 5)
        try expectLinksResolve(in: folder, site: "site")
        let index = try folder.read("site/index.html")
        #expect(index.contains("<h1>Where government stands on the 5 recommendations of 3 reports</h1>"))
        for title in ["A First Fictional Inquiry", "A Second Fictional Inquiry", "A Third Fictional Inquiry"] { #expect(index.contains(title)) }
        let dfe = try folder.read("site/owners/DfE.html")
        #expect(dfe.contains("first-fictional-inquiry--R1.html") && dfe.contains("second-fictional-inquiry--R1.html"))
        let report = try folder.read("site/reports/second-fictional-inquiry.html")
        #expect(report.contains("second-fictional-inquiry--R2.html") && !report.contains("first-fictional-inquiry--R2.html"))
    }

    /// Every page of the site in `folder/site` links and points only to files of that site.
    private func expectLinksResolve(in folder: TemporaryFolder, site: String,
                                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let files = Set(folder.files(under: site))
        for page in files.filter({ $0.hasSuffix(".html") }).sorted() {
            let html = try folder.read(site + "/" + page)
            for match in html.matches(of: /(?:href|src)="([^"#:]+\.(?:html|svg))"/) {
                var target = page.split(separator: "/").dropLast().map(String.init)
                for part in match.1.split(separator: "/") {
                    if part == ".." { target = target.dropLast() } else { target.append(String(part)) }
                }
                #expect(files.contains(target.joined(separator: "/")), "\(page) links to \(match.1), which the site does not have",
                        sourceLocation: sourceLocation)
            }
        }
    }

    @Test("with --report, a lineage still names the recommendations of other reports it links to: show, brief and site")
    func lineageAcrossReports() throws {
        let folder = try Self.fixture()
        let show = try folder.run("show", "R1", "--report", "second-fictional-inquiry", "--as-of", "2026Q3", today: Self.today)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Lineage (links to other calls; they never change the status)\n  2017-03-21  an earlier call it builds on: A First Fictional Inquiry, recommendation 1: Publish a"),
                "\(show.stdout)")
        let json = try folder.run("show", "R2", "--report", "second-fictional-inquiry", "--as-of", "2026Q3", "--format", "json", today: Self.today)
        #expect(json.stdout.contains("\"third-fictional-inquiry:R3\""), "the call that relates to it is in the third report: \(json.stdout)")
        let brief = try folder.run("report", "--report", "first-fictional-inquiry", "--as-of", "2026Q3", "--format", "markdown", today: Self.today)
        #expect(brief.stdout.contains("Built on in A Second Fictional Inquiry, recommendation 1 (10 June 2019)."), "\(brief.stdout)")
        let site = try folder.run("report", "--report", "second-fictional-inquiry", "--as-of", "2026Q3", "--output", "one", today: Self.today)
        #expect(site.status == 0, "\(site.stderr)")
        let page = try folder.read("one/recommendations/second-fictional-inquiry--R1.html")
        #expect(page.contains("<strong>An earlier call it builds on</strong>: A First Fictional Inquiry, recommendation 1: Publish a workforce plan."),
                "named without a link: a site of one report has no page for another report's recommendation")
        try expectLinksResolve(in: folder, site: "one")
    }
}

/// A link's dates are checked against the calls it joins: another recommendation by its own report's date, an outside
/// call against today.
@Suite("Link dates across reports")
struct LinkDatesAcrossReportsTests {
    @Test("a link from the first report that repeats a recommendation of a later report is refused, and so is its mirror")
    func earlierReportCannotRepeatALaterOne() throws {
        let folder = try SeveralReportsCommandTests.fixture()
        let first = try folder.read("Recommendations/R01.yaml")
        try folder.write("Recommendations/R01.yaml", first + "links:\n  - kind: repeats\n    recommendation: R3\n    note: Wrong way round.\n")
        let result = try folder.run("validate", today: SeveralReportsCommandTests.today)
        #expect(result.status == 65)
        #expect(result.stdout.contains("error: a 'repeats' link is to an earlier call, but third-fictional-inquiry:R3 is of A Third Fictional Inquiry (2021-11-01), after this recommendation's report (2017-03-21); turn the link round ('repeated-by' or 'built-on-by'), or use 'relates-to' [RT0804 link-date-out-of-order]"), "\(result.stdout)")
        // Turned round, the same link is right.
        try folder.write("Recommendations/R01.yaml", first + "links:\n  - kind: repeated-by\n    recommendation: R3\n    note: Asked again later.\n")
        let fixed = try folder.run("validate", today: SeveralReportsCommandTests.today)
        #expect(fixed.status == 0, "\(fixed.stdout)")
    }

    @Test("a link to an outside call dated after today is refused: the lineage would name a call not yet made")
    func outsideCallAfterToday() throws {
        let folder = try TemporaryFolder.copy(of: Fixtures.severalReports)
        let first = try folder.read("Recommendations/R01.yaml")
        try folder.write("Recommendations/R01.yaml", first + "links:\n  - kind: repeated-by\n    title: A later review\n    publisher: A committee\n    url: https://example.org/review\n    date: 2026-12-03\n    note: Asks again.\n")
        let result = try folder.run("validate", today: SeveralReportsCommandTests.today)
        #expect(result.status == 65)
        #expect(result.stdout.contains("error: the outside call's date 2026-12-03 is after today (2026-12-02); a link records a call already made: check the date against its source [RT0807 link-date-in-future]"), "\(result.stdout)")
        let onTheDay = try folder.run("validate", today: "2026-12-03")
        #expect(onTheDay.status == 0, "\(onTheDay.stdout)")
    }
}

/// `reply add` with a short id several reports share is a usage error naming the choices, as `show` gives, not an
/// error located in a file that was never written.
@Suite("reply add across reports")
struct ReplyAddAcrossReportsTests {
    @Test("--recommendation R1, which two reports have, is refused with exit 64 and the qualified ids; a qualified id is recorded")
    func ambiguousRecommendation() throws {
        let folder = try SeveralReportsCommandTests.fixture()
        let arguments = ["--owner", "DfE", "--date", "2026-05-01", "--status", "implemented", "--says", "Done.", "--channel", "letter"]
        let ambiguous = try BinaryRunner.run(["reply", "add", "--recommendation", "R1"] + arguments, in: folder.path, today: SeveralReportsCommandTests.today)
        #expect(ambiguous.status == 64)
        #expect(ambiguous.stderr.hasPrefix("Error: --recommendation 'R1' names a recommendation of several reports: write one of first-fictional-inquiry:R1, second-fictional-inquiry:R1\n"), "\(ambiguous.stderr)")
        #expect(folder.files(under: "Replies").count == 1)
        let qualified = try BinaryRunner.run(["reply", "add", "--recommendation", "first-fictional-inquiry:R1"] + arguments, in: folder.path, today: SeveralReportsCommandTests.today)
        #expect(qualified.status == 0, "\(qualified.stderr)")
        #expect(folder.files(under: "Replies").count == 2)
    }
}
