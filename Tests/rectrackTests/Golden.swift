import Foundation
import Testing

/// Compares output with a golden file in `Fixtures/quarterly/golden/`; `RECORD_SNAPSHOTS=1` rewrites them.
/// JSON is compared structurally, so key order and spacing do not matter.
enum Golden {
    static let folder = FixtureFolder.fixtures + "/quarterly/golden"

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = folder + "/" + name
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
            return
        }
        guard let expected = FileManager.default.contents(atPath: path) else {
            Issue.record("no golden file \(name): run the tests with RECORD_SNAPSHOTS=1 to write it", sourceLocation: sourceLocation)
            return
        }
        if name.hasSuffix(".json") {
            let a = try JSONSerialization.jsonObject(with: Data(actual.utf8)) as? NSObject
            let b = try JSONSerialization.jsonObject(with: expected) as? NSObject
            #expect(a == b, "\(name) differs from its golden file (RECORD_SNAPSHOTS=1 rewrites it)", sourceLocation: sourceLocation)
        } else {
            #expect(actual == String(decoding: expected, as: UTF8.self),
                    "\(name) differs from its golden file (RECORD_SNAPSHOTS=1 rewrites it)", sourceLocation: sourceLocation)
        }
    }
}

/// The renderers' output for the fixture's third quarter, against golden files.
struct GoldenOutputTests {
    @Test("check, diff and worklist in every format, for 2026Q3 of the fixture tracker")
    func outputs() throws {
        let folder = try FixtureFolder.quarterly()
        for (number, today) in [(1, "2026-04-02"), (2, "2026-07-01"), (3, "2026-10-01")] {
            try folder.addQuarter(number)
            _ = try folder.run("check", today: today)
        }
        let today = "2026-10-01"
        for format in ["text", "markdown", "json", "junit", "github"] {
            let result = try folder.run("check", "--format", format, today: today)
            #expect(result.status == 1)
            let ext = ["text": "txt", "markdown": "md", "json": "json", "junit": "xml", "github": "txt"][format]!
            try Golden.check(result.stdout, "check-2026Q3\(format == "github" ? ".github" : "").\(ext)")
        }
        for format in ["text", "markdown", "json"] {
            let ext = ["text": "txt", "markdown": "md", "json": "json"][format]!
            try Golden.check(try folder.run("diff", "2026Q2", "2026Q3", "--format", format, today: today).stdout, "diff-2026Q2-2026Q3.\(ext)")
            try Golden.check(try folder.run("worklist", "--as-of", "2026Q3", "--format", format, today: today).stdout, "worklist-2026Q3.\(ext)")
        }
        try Golden.check(String(decoding: try #require(folder.bytes("Snapshots/2026Q3.json")), as: UTF8.self), "snapshot-2026Q3.json")
    }
}
