import Foundation
import RecTrackTestSupport
import Testing

/// `rectrack export` (#21): the data package of CSV tables and datapackage.json, checked by Frictionless itself, written
/// whole like the site, and described by docs/data-package.md.
@Suite("The data package")
struct ExportCommandTests {
    /// The quarterly fixture after its three quarterly checks: metrics, replies and three published snapshots.
    static func threeQuarters() throws -> TemporaryFolder {
        let folder = try TemporaryFolder.quarterlyTracker()
        for (quarter, today) in [(1, "2026-04-02"), (2, "2026-07-01"), (3, "2026-10-01")] {
            try folder.addQuarter(quarter)
            // The 2026Q3 check finds a regression and exits 1, after recording its snapshot.
            let check = try folder.run("check", today: today)
            #expect([0, 1].contains(check.status), "\(check.stderr)")
        }
        #expect(folder.list("Snapshots").filter { $0.hasSuffix(".json") }.count == 3)
        return folder
    }

    @Test("the package of the three-quarter fixture matches its golden datapackage.json and assessments.csv")
    func golden() throws {
        let folder = try Self.threeQuarters()
        let result = try folder.run("export", "--output", "out", today: "2026-10-05")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasSuffix("Wrote 15 files to out/ (3 published quarters and the assessment as of 2026-10-05); its description is out/datapackage.json.\n"), "\(result.stderr)")
        try Golden.assert(try folder.read("out/datapackage.json"), named: "export/datapackage.json")
        try Golden.assert(try folder.read("out/assessments.csv"), named: "export/assessments.csv")
        // The working notes of the reply file are in the tracker, and in no file of the package.
        let notes = "Sent by the department's private office"
        #expect(try folder.read("Replies/2026/2026-06-10-dfe-r1.yaml").contains(notes))
        for file in folder.files(under: "out") { #expect(try !folder.read("out/" + file).contains(notes), "\(file)") }
    }

    @Test("as of a past quarter, only what was published and recorded by then is in the package")
    func asOf() throws {
        let folder = try Self.threeQuarters()
        let result = try folder.run("export", "--output", "out", "--as-of", "2026Q2", "--known-at", "2026-07-01", today: "2026-10-05")
        #expect(result.status == 0, "\(result.stderr)")
        let assessments = try folder.read("out/assessments.csv")
        #expect(assessments.contains("\r\n2026Q1,true,2026-03-31,") && assessments.contains("\r\n2026Q2,true,2026-06-30,"))
        #expect(!assessments.contains("2026Q3"))
        #expect(assessments.contains("\r\ncurrent,false,2026-06-30,2026-07-01,"))
        #expect(try !folder.read("out/evidence.csv").contains("2026-08"))
    }

    @Test("the links table holds each record's links in order: another recommendation by its key, an outside call by its title, publisher and address")
    func links() throws {
        let folder = try TemporaryFolder.copy(of: Fixtures.url("linked"))
        let result = try folder.run("export", "--output", "out", today: "2026-11-23")
        #expect(result.status == 0, "\(result.stderr)")
        let links = try folder.read("out/links.csv")
        try Golden.assert(links, named: "export/links.csv")
        // R2 builds on R1: the target is a key of the recommendations table, and the outside call's columns are empty.
        #expect(links.contains("\r\nlinked-fixture,R2,1,builds-on,linked-fixture,R1,,,,,Asks that the early help set out in R1's strategy be funded.,verified\r\n"))
        // A partly verified outside call says so, with its date as precise as its source.
        #expect(links.contains(",https://example.org/later-review,2024-11,Asks again for a strategy for the workforce.,partly\r\n"))
        // A record without links (R3) has no row.
        #expect(!links.contains("linked-fixture,R3,"))
    }

    @Test("Frictionless finds the shipped tracker's package and the fixture's valid, and a foreign key that does not resolve invalid",
          .enabled(if: RepositoryScripts.python3Available, "python3 is not installed, so Frictionless (scripts/python-tools.txt) cannot run"))
    func frictionless() throws {
        let frictionless = try RepositoryScripts.pythonTools.get().appendingPathComponent("frictionless")
        let shipped = try TemporaryFolder.shippedTracker()
        #expect(try shipped.run("export", "--output", "data", today: FixedToday.shippedTrackerText).status == 0)
        let fixture = try Self.threeQuarters()
        #expect(try fixture.run("export", "--output", "data", today: "2026-10-05").status == 0)
        // The linked fixture has a link to another recommendation (a foreign key) beside links to outside calls (none).
        let linked = try TemporaryFolder.copy(of: Fixtures.url("linked"))
        #expect(try linked.run("export", "--output", "data", today: "2026-11-23").status == 0)
        #expect(try linked.read("data/links.csv").contains(",builds-on,linked-fixture,R1,"))
        for folder in [shipped, fixture, linked] {
            let report = try BinaryRunner.run(["validate", "--json", folder.path("data/datapackage.json")], executable: frictionless)
            #expect(report.status == 0, "\(report.stdout.prefix(2000))")
            #expect(report.stdout.contains("\"valid\": true"))
        }
        // One report of several: its evidence, replies and links also name other reports' recommendations, whose rows
        // belong to their own packages; each one-report package is valid on its own.
        let several = try TemporaryFolder.copy(of: Fixtures.severalReports)
        for report in ["first-fictional-inquiry", "second-fictional-inquiry", "third-fictional-inquiry"] {
            let export = try several.run("export", "--report", report, "--output", report, today: "2026-12-02")
            #expect(export.status == 0, "\(export.stderr)")
            let check = try BinaryRunner.run(["validate", "--json", several.path("\(report)/datapackage.json")], executable: frictionless)
            #expect(check.status == 0, "\(report): \(check.stdout.prefix(2000))")
            for table in ["bearings", "replies", "links"] {
                let rows = try several.read("\(report)/\(table).csv").components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
                #expect(rows.allSatisfy { !$0.contains("fictional-inquiry:") }, "\(report)/\(table).csv names a qualified id: \(rows)")
            }
        }
        // The control case: a bearing on a recommendation the package does not hold.
        let bearings = try fixture.read("data/bearings.csv")
        let lines = bearings.components(separatedBy: "\r\n")
        var cells = lines[1].components(separatedBy: ",")
        cells[3] = "R99"
        try fixture.write("data/bearings.csv", ([lines[0], cells.joined(separator: ",")] + lines.dropFirst(2)).joined(separator: "\r\n"))
        let broken = try BinaryRunner.run(["validate", "--json", fixture.path("data/datapackage.json")], executable: frictionless)
        #expect(broken.status != 0)
        #expect(broken.stdout.contains("foreign-key") && broken.stdout.contains("R99"), "\(broken.stdout.prefix(2000))")
        // And a link to a recommendation the package does not hold.
        try linked.write("data/links.csv", try linked.read("data/links.csv").replacingOccurrences(of: ",builds-on,linked-fixture,R1,", with: ",builds-on,linked-fixture,R98,"))
        let brokenLink = try BinaryRunner.run(["validate", "--json", linked.path("data/datapackage.json")], executable: frictionless)
        #expect(brokenLink.status != 0)
        #expect(brokenLink.stdout.contains("foreign-key") && brokenLink.stdout.contains("R98"), "\(brokenLink.stdout.prefix(2000))")
    }

    @Test("export refuses a folder holding files it did not write, and replaces its own whole")
    func folderSafety() throws {
        let folder = try TemporaryFolder.shippedTracker()
        try folder.write("mine/notes.txt", "my own notes")
        let refused = try folder.run("export", "--output", "mine", today: FixedToday.shippedTrackerText)
        #expect(refused.status == 73)
        #expect(refused.stderr == "error: mine holds files rectrack did not write (it has no .rectrack-data); rectrack export replaces the whole folder, so it will not replace this one. Name a new or empty folder; if an earlier rectrack export wrote it, remove it and run again\n")
        #expect(try folder.read("mine/notes.txt") == "my own notes")
        #expect(folder.list("mine") == ["notes.txt"])

        #expect(try folder.run("export", "--output", "data", today: FixedToday.shippedTrackerText).status == 0)
        try folder.write("data/stray.csv", "left by hand")
        #expect(try folder.run("export", "--output", "data", today: FixedToday.shippedTrackerText).status == 0)
        #expect(!folder.list("data").contains("stray.csv"))
        #expect(folder.list("data").contains(".rectrack-data") && folder.list("data").contains("datapackage.json"))
        // A site's folder is not a package's: each has its own marker.
        #expect(try folder.run("report", "--output", "site", today: FixedToday.shippedTrackerText).status == 0)
        #expect(try folder.run("export", "--output", "site", today: FixedToday.shippedTrackerText).status == 73)

        let empty = try folder.run("export", "--output", "", today: FixedToday.shippedTrackerText)
        #expect(empty.status == 64)
        #expect(empty.stderr.hasPrefix("Error: --output is empty: name a folder for the data package, such as data\n"))
        #expect(try folder.run("export", "--describe", "--output", "x", today: FixedToday.shippedTrackerText).status == 64)
    }

    @Test("a snapshot that cannot be read stops export and report with its location and exit 65, and nothing is written")
    func unreadableSnapshot() throws {
        let folder = try TemporaryFolder.shippedTracker()
        try folder.write("Snapshots/2026Q3.json", "{\"schemaVersion\": 1, \"quarter\": ")
        for arguments in [["export", "--output", "data"], ["report", "--output", "data"]] {
            let result = try folder.run(arguments[0], arguments[1], arguments[2], today: FixedToday.shippedTrackerText)
            #expect(result.status == 65, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("Snapshots/2026Q3.json: error: it is not JSON, or it is cut short [RT"), "\(arguments): \(result.stderr)")
            #expect(!folder.list().contains("data"), "\(arguments)")
        }
    }

    @Test("a tracker with errors gives no package: exit 65 and nothing written")
    func trackerWithErrors() throws {
        let folder = try TemporaryFolder.quarterlyTracker()
        let record = try folder.read("Recommendations/R01.yaml")
        try folder.write("Recommendations/R01.yaml", record.replacingOccurrences(of: "title:", with: "titel:"))
        let result = try folder.run("export", "--output", "data", today: "2026-10-05")
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("Recommendations/R01.yaml:"), "\(result.stderr)")
        #expect(!folder.list().contains("data"))
    }

    @Test("report puts the package in the site's data/ folder, and the front page links it")
    func inTheSite() throws {
        let folder = try TemporaryFolder.shippedTracker()
        #expect(try folder.run("report", "--output", "site", today: FixedToday.shippedTrackerText).status == 0)
        #expect(try folder.run("export", "--output", "data", today: FixedToday.shippedTrackerText).status == 0)
        for file in folder.files(under: "data") where file != ".rectrack-data" {
            #expect(folder.bytes("site/data/" + file) == folder.bytes("data/" + file), "\(file)")
        }
        #expect(try folder.read("site/index.html").contains("<a href=\"data/datapackage.json\">"))
    }

    @Test("docs/data-package.md is current (make docs regenerates it)")
    func docsAreCurrent() throws {
        let result = try BinaryRunner.run(["export", "--describe"], today: FixedToday.text)
        #expect(result.status == 0)
        let committed = try String(contentsOf: Fixtures.inPackage("docs/data-package.md"), encoding: .utf8)
        #expect(result.stdout == committed, "docs/data-package.md is out of date: run make docs")
    }
}
