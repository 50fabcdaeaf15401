import Foundation
import RecTrackTestSupport
import Testing

/// Output on an 80-column terminal (`COLUMNS=80`): tables and long lines fitted to it, nothing cut that matters.
/// Piped output without COLUMNS keeps its full width (the goldens of ``GoldenOutputTests``).
struct NarrowTerminalTests {
    /// One command run on the checked quarterly fixture at 80 columns, with its golden file.
    struct Case: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let golden: String
        var exit: Int32 = 0
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases = [
        Case(arguments: ["status", "--as-of", "2026Q3"], golden: "status-2026Q3.80-columns.txt"),
        Case(arguments: ["check"], golden: "check-2026Q3.80-columns.txt", exit: 1),
        Case(arguments: ["diff", "2026Q2", "2026Q3"], golden: "diff-2026Q2-2026Q3.80-columns.txt"),
        Case(arguments: ["worklist", "--as-of", "2026Q3"], golden: "worklist-2026Q3.80-columns.txt"),
        Case(arguments: ["show", "R1", "--as-of", "2026Q3"], golden: "show-R1-2026Q3.80-columns.txt"),
    ]

    @Test("Fits 80 columns: no line wider, and the same text as the full-width output", arguments: cases)
    func fits(_ run: Case) throws {
        let folder = try GoldenOutputTests.checkedFixture()
        let narrow = try BinaryRunner.run(run.arguments, in: folder.path, today: GoldenOutputTests.today, environment: ["COLUMNS": "80"])
        #expect(narrow.status == run.exit, "\(narrow.stderr)")
        let wide = narrow.stdout.split(separator: "\n").filter { $0.count > 80 }
        #expect(wide.isEmpty, "\(wide.joined(separator: "\n"))")
        try Golden.assert(narrow.stdout, named: "quarterly/" + run.golden)
        // Nothing is lost: every word of the full-width output's reasons is still there (only the progress bar goes).
        let full = try BinaryRunner.run(run.arguments, in: folder.path, today: GoldenOutputTests.today)
        let words = { (text: String) in Set(text.split(whereSeparator: \.isWhitespace).map(String.init).filter { !$0.contains("…") && !$0.contains("█") && !$0.contains("░") && $0 != "-" && !$0.allSatisfy { $0 == "-" } }) }
        let missing = words(full.stdout).subtracting(words(narrow.stdout))
        #expect(missing.subtracting(["Last", "evidence", "Reason"]).isEmpty, "\(missing.sorted())")
    }

    @Test("The status table keeps its reason whole beneath each row at 80 columns, and is one line a row when piped")
    func statusReasonBeneath() throws {
        let narrow = try BinaryRunner.run(["status"], environment: ["COLUMNS": "80"])
        #expect(narrow.status == 0)
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(!narrow.stdout.contains("█"))
        let piped = try BinaryRunner.run(["status"])
        #expect(piped.stdout.contains("█"))
        #expect(piped.stdout.split(separator: "\n").contains { $0.count > 150 })
    }

    @Test("A status is never cut inside its word at any width: not-assessed stays whole", arguments: ["80", "100", "120"])
    func statusWordWhole(_ columns: String) throws {
        let narrow = try BinaryRunner.run(["status", "--as-of", "2017-03-20"], environment: ["COLUMNS": columns])
        #expect(narrow.status == 0)
        let piped = try BinaryRunner.run(["status", "--as-of", "2017-03-20"])
        let count = { (text: String) in text.split(separator: "\n").filter { $0.contains("not-assessed") }.count }
        #expect(count(piped.stdout) > 5)
        #expect(count(narrow.stdout) == count(piped.stdout), "\(narrow.stdout)")
        #expect(!narrow.stdout.contains("not-assesse "))
    }

    @Test("explain's list at 80 columns puts what is wrong under each code, whole")
    func explainList() throws {
        let narrow = try BinaryRunner.run(["explain"], environment: ["COLUMNS": "80"]).stdout
        #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(narrow.contains("RT0003  missing-file                   error\n        A file every tracker needs, Recommendations/report.yaml or\n        Recommendations/owners.yaml, is missing.\n"))
        #expect(try BinaryRunner.run(["explain"]).stdout.contains("RT0001  no-such-root                   error     The folder given as the tracker's root does not exist.\n"))
    }

    @Test("protocols at 80 columns wraps its prose and leaves the YAML examples whole")
    func protocols() throws {
        let narrow = try BinaryRunner.run(["protocols"], environment: ["COLUMNS": "80"])
        let full = try BinaryRunner.run(["protocols"])
        let wide = narrow.stdout.split(separator: "\n").map(String.init).filter { $0.count > 80 }
        #expect(!wide.isEmpty)
        for line in wide { #expect(line.hasPrefix("      ") && full.stdout.contains(line), "\(line)") }
    }

    @Test("Every command's help keeps its examples whole at 80 columns, each on its own lines",
          arguments: [["--help"], ["evidence", "add", "--help"], ["status", "--help"], ["show", "--help"], ["report", "--help"],
                      ["check", "--help"], ["diff", "--help"], ["worklist", "--help"], ["validate", "--help"], ["protocols", "--help"],
                      ["explain", "--help"]])
    func helpExamples(_ arguments: [String]) throws {
        let help = try BinaryRunner.run(arguments, environment: ["COLUMNS": "80"]).stdout
        // Example lines are indented; ArgumentParser breaks a line too long for the terminal with no indent, which would
        // put part of a command on a line of its own.
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where index > 0 {
            let previous = lines[index - 1]
            let continuesExample = previous.hasPrefix("  rectrack") || (previous.hasPrefix("    ") && previous.hasSuffix("\\"))
            if continuesExample && previous.hasSuffix("\\") {
                #expect(line.hasPrefix("    "), "an example's continuation was broken: '\(previous)' then '\(line)'")
            }
            if previous.hasPrefix("  rectrack") && !previous.hasSuffix("\\") {
                #expect(line.isEmpty || line.hasPrefix("  "), "an example was broken: '\(previous)' then '\(line)'")
            }
        }
    }
}
