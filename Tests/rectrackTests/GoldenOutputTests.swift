import Foundation
import RecTrackReports
import RecTrackTestSupport
import Testing

extension Golden {
    /// The quarterly fixture's golden file of `format`: `quarterly/<stem>.<extension>`, or
    /// `quarterly/<stem>.<case>.<extension>` when an earlier case of the same enum has that extension (check's
    /// github output beside its text: `check-2026Q3.github.txt`).
    static func quarterly<Format: OutputFormat>(_ stem: String, _ format: Format) -> String {
        let shared = Format.allCases.prefix { $0 != format }.contains { $0.fileExtension == format.fileExtension }
        return "quarterly/" + (shared ? "\(stem).\(format.rawValue).\(format.fileExtension)" : "\(stem).\(format.fileExtension)")
    }
}

/// Every command's output in every one of its formats (the enum's `allCases`, so a new format cannot ship
/// without a golden file), for the fixture tracker after its third quarter.
struct GoldenOutputTests {
    static let today = "2026-10-01"

    /// The fixture with its three quarters added, each checked on the first day after it, as the quarterly job does.
    static func checkedFixture() throws -> TemporaryFolder {
        let folder = try TemporaryFolder.quarterlyTracker()
        for (number, today) in [(1, "2026-04-02"), (2, "2026-07-01"), (3, "2026-10-01")] {
            try folder.addQuarter(number)
            _ = try folder.run("check", today: today)
        }
        return folder
    }

    /// Runs `arguments --format <format>` on the checked fixture and compares what it prints with the format's golden file.
    private func compare<Format: OutputFormat>(_ arguments: [String], _ format: Format, golden stem: String, exit: Int32 = 0,
                                               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let folder = try Self.checkedFixture()
        let result = try BinaryRunner.run(arguments + ["--format", format.rawValue], in: folder.path, today: Self.today)
        #expect(result.status == exit, "\(result.stderr)", sourceLocation: sourceLocation)
        try Golden.assert(result.stdout, named: Golden.quarterly(stem, format), sourceLocation: sourceLocation)
    }

    @Test("check for 2026Q3, which fails on R1's regression", arguments: CheckFormat.allCases)
    func check(_ format: CheckFormat) throws { try compare(["check"], format, golden: "check-2026Q3", exit: 1) }

    @Test("diff from 2026Q2 to 2026Q3", arguments: SectionFormat.allCases)
    func diff(_ format: SectionFormat) throws { try compare(["diff", "2026Q2", "2026Q3"], format, golden: "diff-2026Q2-2026Q3") }

    @Test("worklist as of 2026Q3", arguments: SectionFormat.allCases)
    func worklist(_ format: SectionFormat) throws { try compare(["worklist", "--as-of", "2026Q3"], format, golden: "worklist-2026Q3") }

    @Test("status as of 2026Q3", arguments: StatusFormat.allCases)
    func status(_ format: StatusFormat) throws { try compare(["status", "--as-of", "2026Q3"], format, golden: "status-2026Q3") }

    @Test("show R1 as of 2026Q3", arguments: ShowFormat.allCases)
    func show(_ format: ShowFormat) throws { try compare(["show", "R1", "--as-of", "2026Q3"], format, golden: "show-R1-2026Q3") }

    @Test("validate, with the fixture's warning", arguments: DiagnosticsFormat.allCases)
    func validate(_ format: DiagnosticsFormat) throws { try compare(["validate"], format, golden: "validate-2026Q3") }

    @Test("the 2026Q3 snapshot")
    func snapshot() throws {
        let folder = try Self.checkedFixture()
        try Golden.assert(String(decoding: try #require(folder.bytes("Snapshots/2026Q3.json")), as: UTF8.self), named: "quarterly/snapshot-2026Q3.json")
    }
}

/// One command's `--format` cases with what each is for, as its help must list them.
struct FormatHelpCase: CustomTestStringConvertible, Sendable {
    let command: [String]
    let formats: [(name: String, summary: String)]
    var testDescription: String { command.joined(separator: " ") }

    init<Format: OutputFormat>(_ command: String..., formats: Format.Type) {
        self.command = command
        self.formats = Format.allCases.map { ($0.rawValue, $0.summary) }
    }

    static let all = [
        FormatHelpCase("check", formats: CheckFormat.self), FormatHelpCase("diff", formats: SectionFormat.self),
        FormatHelpCase("protocols", formats: ProtocolReferenceFormat.self), FormatHelpCase("report", formats: ReportFormat.self),
        FormatHelpCase("show", formats: ShowFormat.self), FormatHelpCase("status", formats: StatusFormat.self),
        FormatHelpCase("validate", formats: DiagnosticsFormat.self), FormatHelpCase("worklist", formats: SectionFormat.self),
    ]
}

struct FormatHelpTests {
    @Test("--help lists every format of the command with what it is for", arguments: FormatHelpCase.all)
    func help(_ item: FormatHelpCase) throws {
        let result = try BinaryRunner.run(item.command + ["--help"])
        #expect(result.status == 0)
        // Help is wrapped to the terminal's width, so compare words.
        let words = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for format in item.formats {
            #expect(words.contains("\(format.name) - \(format.summary)"), "\(item.testDescription) --help lacks \(format.name)")
        }
    }
}
