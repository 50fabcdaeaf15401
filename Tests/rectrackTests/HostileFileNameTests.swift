import Foundation
import RecTrackTestSupport
import Testing

/// File and folder names are the tracker author's too: one holding an escape sequence or a line break is printed in
/// every diagnostic with those characters escaped, so it can neither act on the terminal nor forge a line; JSON keeps
/// the exact name, escaped as JSON escapes it.
@Suite("Hostile file names in diagnostics")
struct HostileFileNameTests {
    static let today = "2026-12-02"
    static let evidenceName = "2025-09-30-a\u{1B}[31mred\nx.yaml"
    static let folderName = "bad\u{1B}]0;title\u{07}"
    static let shownEvidence = #"Evidence/2025/2025-09-30-a\u{1B}[31mred\nx.yaml"#
    static let shownFolder = #"Recommendations/bad\u{1B}]0;title\u{07}"#

    /// A copy of the fixture with three reports, with an evidence file and a report folder so named.
    private func tracker() throws -> TemporaryFolder {
        let folder = try TemporaryFolder.copy(of: Fixtures.severalReports)
        let evidence = try folder.read("Evidence/2025/2025-09-30-turnover-figures.yaml")
        try folder.write("Evidence/2025/" + Self.evidenceName, evidence)
        try folder.makeFolder("Recommendations/" + Self.folderName)
        return folder
    }

    /// No control character other than the line feeds that end lines reaches the output.
    private func expectNoControlCharacters(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let found = text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) }
        #expect(found.isEmpty, "control characters \(found.map { String($0.value, radix: 16) }) in \(text)", sourceLocation: sourceLocation)
    }

    @Test("validate's text names the files with their control characters escaped, one line per diagnostic")
    func text() throws {
        let result = try tracker().run("validate", today: Self.today)
        #expect(result.status == 65)
        let output = result.stdout + result.stderr
        expectNoControlCharacters(output.replacingOccurrences(of: "\n", with: ""))
        #expect(output.contains("\(Self.shownEvidence):1:1: error: id '2025-09-30-turnover-figures' differs from the file name '2025-09-30-a\\u{1B}[31mred\\nx.yaml'; the id must equal the file name without '.yaml' [RT0202 id-differs-from-file]\n"),
                "\(output)")
        #expect(output.contains("\(Self.shownFolder): warning: the folder 'bad\\u{1B}]0;title\\u{07}/' has no report.yaml"), "\(output)")
        #expect(output.split(separator: "\n").allSatisfy { $0.hasPrefix("Evidence/") || $0.hasPrefix("Recommendations/") || $0.contains("files checked") },
                "a line break in a name starts no line of its own: \(output)")
    }

    @Test("JSON keeps each exact name", arguments: ["validate", "check"])
    func json(_ command: String) throws {
        let arguments = command == "check" ? ["check", "--quarter", "2026Q3", "--no-snapshot", "--format", "json"] : ["validate", "--format", "json"]
        let folder = try tracker()
        let result = try BinaryRunner.run(arguments, in: folder.path, today: Self.today)
        #expect(result.stdout.contains(#""path" : "Evidence/2025/2025-09-30-a\u001b[31mred\nx.yaml""#), "\(result.stdout)")
        expectNoControlCharacters(result.stdout.replacingOccurrences(of: "\n", with: ""))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let paths = Set((document["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String })
        #expect(paths == ["Evidence/2025/" + Self.evidenceName, "Recommendations/" + Self.folderName])
    }

    @Test("GitHub annotations, JUnit and Markdown escape them too", arguments: [["validate", "--format", "github"],
        ["check", "--quarter", "2026Q3", "--no-snapshot", "--format", "junit"], ["check", "--quarter", "2026Q3", "--no-snapshot", "--format", "markdown"],
        ["check", "--quarter", "2026Q3", "--no-snapshot", "--format", "github"]])
    func ciFormats(_ arguments: [String]) throws {
        let folder = try tracker()
        let result = try BinaryRunner.run(arguments, in: folder.path, today: Self.today)
        #expect(result.status == 65)
        expectNoControlCharacters((result.stdout + result.stderr).replacingOccurrences(of: "\n", with: ""))
        // Markdown escapes the backslashes and brackets once more, so the page shows the escapes as text prints them.
        let shown = arguments.contains("markdown")
            ? Self.shownEvidence.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "[", with: "\\[") : Self.shownEvidence
        #expect(result.stdout.contains(shown), "\(result.stdout)")
    }
}
