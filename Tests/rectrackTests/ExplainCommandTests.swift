import Foundation
import Testing
import RecTrackCore
import RecTrackReports
import RecTrackTestSupport

@Suite("rectrack explain and diagnostic codes, end to end")
struct ExplainCommandTests {
    @Test("a code prints its entry: name, severity, summary, example and fix")
    func byCode() throws {
        let result = try BinaryRunner.run(["explain", "RT0103"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("RT0103 unknown-key (error)\n\(DiagnosticCode.unknownKey.entry.summary)\n"), "\(result.stdout)")
        #expect(result.stdout.contains("Example, Evidence/2020/2020-03-01-example.yaml:\n    id: 2020-03-01-example\n"))
        #expect(result.stdout.hasSuffix("Fix: \(DiagnosticCode.unknownKey.entry.fix)\n"))
        #expect(result.stderr.isEmpty)
    }

    @Test("a name, or a code in lower case, prints the same entry")
    func byName() throws {
        let byCode = try BinaryRunner.run(["explain", "RT0103"]).stdout
        #expect(try BinaryRunner.run(["explain", "unknown-key"]).stdout == byCode)
        #expect(try BinaryRunner.run(["explain", "rt0103"]).stdout == byCode)
    }

    @Test("an unknown code or name is bad usage (64), with a did-you-mean")
    func unknown() throws {
        let misspeltCode = try BinaryRunner.run(["explain", "RT0130"])
        #expect(misspeltCode.status == 64)
        #expect(misspeltCode.stdout.isEmpty)
        #expect(misspeltCode.stderr.contains("no diagnostic code or name 'RT0130'. Did you mean 'RT0103'?"), "\(misspeltCode.stderr)")
        let misspeltName = try BinaryRunner.run(["explain", "unknwn-key"])
        #expect(misspeltName.status == 64)
        #expect(misspeltName.stderr.contains("Did you mean 'unknown-key'?"), "\(misspeltName.stderr)")
        let nothingClose = try BinaryRunner.run(["explain", "zzzzzz"])
        #expect(nothingClose.status == 64)
        #expect(nothingClose.stderr.contains("no diagnostic code or name 'zzzzzz'. Run rectrack explain to list them."), "\(nothingClose.stderr)")
    }

    @Test("with no code it lists every code, one a line, with its name and severity")
    func list() throws {
        let result = try BinaryRunner.run(["explain"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        for code in DiagnosticCode.allCases {
            #expect(lines.contains { $0.hasPrefix("\(code.code)  \(code.name) ") && $0.contains(" \(code.severity.rawValue) ") },
                    "\(code.label) is not listed")
        }
    }

    @Test("--help lists both formats with what each is for")
    func help() throws {
        let item = FormatHelpCase("explain", formats: DiagnosticReferenceFormat.self)
        let result = try BinaryRunner.run(item.command + ["--help"])
        #expect(result.status == 0)
        let words = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for format in item.formats {
            #expect(words.contains("\(format.name) - \(format.summary)"), "explain --help lacks \(format.name)")
        }
    }

    @Test("docs/diagnostics.md is current (make docs regenerates it)")
    func docsCurrent() throws {
        let result = try BinaryRunner.run(["explain", "--format", "markdown"])
        #expect(result.status == 0)
        let committed = try String(contentsOf: Fixtures.inPackage("docs/diagnostics.md"), encoding: .utf8)
        #expect(result.stdout == committed, "docs/diagnostics.md is out of date: run make docs")
        for code in DiagnosticCode.allCases { #expect(committed.contains("### \(code.label)\n"), "\(code.label) has no entry") }
    }

    @Test("the message docs/diagnostics.md opens with is what validate prints for unknown-key's example")
    func docsOpeningIsReal() throws {
        let tracker = try TemporaryFolder.copy(of: Fixtures.baseTracker)
        guard case .file(let path, let text) = DiagnosticCode.unknownKey.entry.example else {
            Issue.record("unknown-key's example is not a file")
            return
        }
        try tracker.write(path, text)
        let result = try BinaryRunner.run(["validate", "--root", tracker.path])
        #expect(result.status == 65)
        let first = try #require(result.stdout.split(separator: "\n").first)
        let docs = try String(contentsOf: Fixtures.inPackage("docs/diagnostics.md"), encoding: .utf8)
        #expect(docs.contains("```text\n\(first)\n```"), "\(first)")
    }

    @Test("validate --format json gives each diagnostic's code and name; github puts them in the title")
    func machineFormats() throws {
        let tracker = try TemporaryFolder.copy(of: Fixtures.baseTracker)
        try tracker.write("Evidence/2020/2020-06-01-x.yaml", "id: 2020-06-01-x\n")
        let json = try BinaryRunner.run(["validate", "--root", tracker.path, "--format", "json"])
        #expect(json.status == 65)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let first = try #require((object?["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["code"] as? String == "RT0102")
        #expect(first["name"] as? String == "missing-key")
        #expect(first["message"] as? String == "missing required key 'date' in the evidence")
        let github = try BinaryRunner.run(["validate", "--root", tracker.path, "--format", "github"])
        #expect(github.stdout.hasPrefix("::error file=Evidence/2020/2020-06-01-x.yaml,line=1,col=1,title=RT0102 missing-key::missing required key 'date' in the evidence\n"),
                "\(github.stdout)")
    }
}
