import Foundation
import Testing
import RecTrackCore
import RecTrackProtocols
import RecTrackTestSupport

/// One fuzz input: a selector byte, then the bytes of the file it places in the base tracker (see Fuzz/README.md).
struct FuzzInput: Codable, Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]

    var testDescription: String { name }

    static let corpus = Fixtures.url("fuzz-corpus")
    static let regressions = Fixtures.url("fuzz-regressions")
    /// The seeds and regressions of the command-line and renderer targets.
    static let argumentsCorpus = Fixtures.url("fuzz-corpus-arguments")
    static let argumentsRegressions = regressions.appendingPathComponent("arguments")
    static let renderRegressions = regressions.appendingPathComponent("render")
    /// Regressions whose crash is not fixed yet: `name  # why` lines in fuzz-regressions/unfixed.txt.
    static let unfixed: Set<String> = {
        let text = (try? String(contentsOf: regressions.appendingPathComponent("unfixed.txt"), encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").compactMap { line in
            let name = line.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : name
        })
    }()

    /// The inputs in `folder`, each named by `prefix` and its file name.
    static func all(in folder: URL, prefix: String = "") -> [FuzzInput] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { name in
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder)
            return !isFolder.boolValue && !name.hasPrefix(".") && !name.hasSuffix(".md") && name != "unfixed.txt"
        }.sorted().map { name in
            FuzzInput(name: prefix + name, bytes: [UInt8]((try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()))
        }
    }
}

/// Runs inputs as the fuzz target does (FuzzCase), with the base tracker read from its folder.
enum FuzzHarness {
    /// The base tracker's files, keyed by path relative to its root.
    static let base: [String: [UInt8]] = {
        var files: [String: [UInt8]] = [:]
        let root = Fixtures.baseTracker.standardizedFileURL.path
        let walker = FileManager.default.enumerator(atPath: root)
        while let path = walker?.nextObject() as? String {
            guard path.hasSuffix(".yaml"), let data = FileManager.default.contents(atPath: root + "/" + path) else { continue }
            files[path] = [UInt8](data)
        }
        return files
    }()

    /// Loads the base tracker with the input's file placed in it and assesses what loaded, as the fuzz target does.
    /// Returns a problem when the result is not diagnostics or a tracker whose assessments are percentages.
    static func run(_ input: [UInt8]) -> String? {
        guard let selector = input.first else { return nil }
        let result = FuzzCase.load(selector: selector, body: input[1...], base: base).result
        _ = result.diagnostics.diagnostics.map(\.formatted)
        guard let tracker = result.tracker else {
            return result.diagnostics.hasErrors ? nil : "no tracker and no error"
        }
        return FuzzCase.problem(FuzzCase.assess(tracker))
    }

    /// Runs an input as the renderer target does: placed and loaded as above, then rendered to every format.
    static func render(_ input: [UInt8]) -> String? {
        guard let selector = input.first else { return nil }
        return RenderFuzzCase.problem(FuzzCase.load(selector: selector, body: input[1...], base: base).result)
    }

    /// Runs an input as the command-line target does.
    static func arguments(_ input: [UInt8]) -> String? {
        guard let selector = input.first else { return nil }
        return ArgumentsFuzzCase.problem(selector: selector, body: input[1...])
    }
}

@Suite("Fuzz inputs give diagnostics or assessments, never a crash")
struct FuzzRegressionTests {
    @Test("every seed of the fuzz corpus loads and assesses")
    func seedCorpus() {
        let seeds = FuzzInput.all(in: FuzzInput.corpus)
        #expect(seeds.count >= 100)
        for seed in seeds {
            #expect(FuzzHarness.run(seed.bytes) == nil, "\(seed.name)")
        }
    }

    @Test("every name in fuzz-regressions/unfixed.txt is a file there")
    func unfixedNamesExist() {
        let names = Set(FuzzInput.all(in: FuzzInput.regressions).map(\.name))
        for name in FuzzInput.unfixed.sorted() {
            #expect(names.contains(name), "unfixed.txt names '\(name)', which is not in fuzz-regressions/")
        }
    }

    /// Each input that once crashed runs in its own process, so a crash fails this test instead of ending the run.
    @Test(arguments: FuzzInput.all(in: FuzzInput.regressions))
    func regression(_ input: FuzzInput) async {
        if FuzzInput.unfixed.contains(input.name) {
            await withKnownIssue("not fixed yet (fuzz-regressions/unfixed.txt); once fixed, remove its line") {
                await #expect(processExitsWith: .success) { [input] in
                    if let problem = FuzzHarness.run(input.bytes) { fatalError(problem) }
                }
            }
        } else {
            await #expect(processExitsWith: .success) { [input] in
                if let problem = FuzzHarness.run(input.bytes) { fatalError(problem) }
            }
        }
    }

    @Test("every seed of the fuzz corpus renders to every format with no control or bidi character")
    func seedCorpusRenders() {
        for seed in FuzzInput.all(in: FuzzInput.corpus) {
            #expect(FuzzHarness.render(seed.bytes) == nil, "\(seed.name)")
        }
    }

    @Test("every seed of the command-line corpus reads as it should")
    func argumentSeeds() {
        let seeds = FuzzInput.all(in: FuzzInput.argumentsCorpus)
        #expect(seeds.count >= 10)
        for seed in seeds {
            #expect(FuzzHarness.arguments(seed.bytes) == nil, "\(seed.name)")
        }
    }

    @Test("the command-line readers hold to their rules at the calendar's edges and with control characters")
    func argumentEdges() {
        let texts = ["0001-01-01", "9999-12-31", "0000-01-01", "10000-01-01", "0001Q1", "9999Q4", "0000Q4", "-001Q1", "2024-02-29",
                     "2023-02-29", "2025Q5", "2025Q0", "R1:\u{1B}]52;c;aGk=\u{07}", "\u{202E}R1:context", "R1:progresses:\u{0}",
                     "::", ":", "", "R1:achieves:accepted:extra", String(repeating: "9", count: 400)]
        for text in texts {
            for selector in UInt8(0)...3 {
                #expect(FuzzHarness.arguments([selector] + Array(text.utf8)) == nil, "\(selector) \(text.unicodeScalars.map(\.value))")
            }
        }
    }

    /// Inputs that once failed the command-line or the renderer target, each in its own process.
    @Test(arguments: FuzzInput.all(in: FuzzInput.argumentsRegressions, prefix: "arguments/")
            + FuzzInput.all(in: FuzzInput.renderRegressions, prefix: "render/"))
    func targetRegression(_ input: FuzzInput) async {
        await #expect(processExitsWith: .success) { [input] in
            let run = input.name.hasPrefix("arguments/") ? FuzzHarness.arguments : FuzzHarness.render
            if let problem = run(input.bytes) { fatalError(problem) }
        }
    }
}
