import Foundation
import Testing
import RecTrackCore
import RecTrackProtocols

/// One fuzz input: a selector byte, then the bytes of the file it places in the base tracker (see Fuzz/README.md).
struct FuzzInput: Codable, Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]

    var testDescription: String { name }

    static let corpus = Fixtures.root.appendingPathComponent("fuzz-corpus")
    static let regressions = Fixtures.root.appendingPathComponent("fuzz-regressions")
    /// Regressions whose crash is not fixed yet: `name  # why` lines in fuzz-regressions/unfixed.txt.
    static let unfixed: Set<String> = {
        let text = (try? String(contentsOf: regressions.appendingPathComponent("unfixed.txt"), encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").compactMap { line in
            let name = line.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : name
        })
    }()

    static func all(in folder: URL) -> [FuzzInput] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") && $0 != "unfixed.txt" }.sorted().map { name in
            FuzzInput(name: name, bytes: [UInt8]((try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()))
        }
    }
}

/// The fuzz target's path through the code (Fuzz/FuzzTarget.swift), repeated here because a test target
/// cannot include that file: keep the two in step.
enum FuzzHarness {
    static let fixedEvidence = "Evidence/2020/2020-03-01-fuzz.yaml"

    static func path(selector: UInt8, body: ArraySlice<UInt8>) -> String {
        switch selector & 7 {
        case 0: return evidencePath(body) ?? fixedEvidence
        case 1: return fixedEvidence
        case 2: return recommendationPath(body) ?? "Recommendations/R03.yaml"
        case 3: return "Recommendations/R01.yaml"
        case 4: return "Recommendations/owners.yaml"
        case 5: return "Recommendations/metrics.yaml"
        case 6: return "Recommendations/report.yaml"
        default: return "Recommendations/R03.yaml"
        }
    }

    static func idLine(_ body: ArraySlice<UInt8>) -> [UInt8]? {
        var lineStart = body.startIndex
        while lineStart < body.endIndex {
            let lineEnd = body[lineStart...].firstIndex(of: 0x0A) ?? body.endIndex
            let line = body[lineStart..<lineEnd]
            if line.starts(with: [0x69, 0x64, 0x3A]) {  // "id:"
                let trim: Set<UInt8> = [0x20, 0x22, 0x27, 0x0D]
                return Array(line.dropFirst(3).drop { trim.contains($0) }.reversed().drop { trim.contains($0) }.reversed())
            }
            lineStart = lineEnd + 1
        }
        return nil
    }

    static func evidencePath(_ body: ArraySlice<UInt8>) -> String? {
        guard let id = idLine(body), (1...100).contains(id.count),
              id.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }) else { return nil }
        let year = id.count >= 4 && id.prefix(4).allSatisfy({ (0x30...0x39).contains($0) }) ? String(decoding: id.prefix(4), as: UTF8.self) : "2020"
        return "Evidence/\(year)/\(String(decoding: id, as: UTF8.self)).yaml"
    }

    static func recommendationPath(_ body: ArraySlice<UInt8>) -> String? {
        guard let id = idLine(body), (2...3).contains(id.count), id.first == 0x52,  // "R"
              let number = Int(String(decoding: id.dropFirst(), as: UTF8.self)), (1...99).contains(number) else { return nil }
        return "Recommendations/R\(number < 10 ? "0" : "")\(number).yaml"
    }

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
        let body = input[1...]
        var files = base
        files[path(selector: selector, body: body)] = Array(body)
        let today = Day(year: 2026, month: 11, day: 23)!
        let result = TrackerLoader(registry: BuiltinProtocols.registry, today: today).load(root: ".", files: files)
        _ = result.diagnostics.diagnostics.map(\.formatted)
        guard let tracker = result.tracker else {
            return result.diagnostics.hasErrors ? nil : "no tracker and no error"
        }
        var environment = AssessmentEnvironment(root: tracker.root)
        environment.pluginDirectories = []
        let evaluator = Evaluator(tracker: tracker, environment: environment)
        let assessments = evaluator.assessAll(asOf: today, comparedWith: Day(year: 2026, month: 9, day: 30)!)
            + evaluator.assessAll(asOf: Day(year: 2019, month: 6, day: 30)!, knownAt: Day(year: 2021, month: 1, day: 1)!)
        for assessment in assessments where !(assessment.progress.isFinite && (0...100).contains(assessment.progress)) {
            return "\(assessment.recommendation): progress \(assessment.progress) is not a percentage"
        }
        return nil
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
}
