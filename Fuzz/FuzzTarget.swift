// libFuzzer target: arbitrary bytes, placed as one file of the base test tracker, go through
// loading, validation and assessment. Built by Fuzz/build.sh (with BaseTracker.swift, which it
// generates from Tests/Fixtures/base-tracker); run by Fuzz/run.sh.
//
// Input: the first byte chooses where the rest goes (its low three bits, so the ASCII digits
// '0'…'7' of the seed files choose 0…7); the rest is the file's bytes:
//   0  an evidence file named after its `id:` line (Evidence/YYYY/<id>.yaml; may replace a base file),
//      or Evidence/2020/2020-03-01-fuzz.yaml when there is no usable id
//   1  Evidence/2020/2020-03-01-fuzz.yaml
//   2  a recommendation named after its `id: R<n>` line (Recommendations/R<nn>.yaml; R01/R02 replace
//      the base records), or Recommendations/R03.yaml
//   3  Recommendations/R01.yaml (replaces the record the base evidence bears on)
//   4  Recommendations/owners.yaml    5  Recommendations/metrics.yaml    6  Recommendations/report.yaml
//   7  Recommendations/R03.yaml
//
// Tests/RecTrackCoreTests/FuzzRegressionTests.swift repeats `FuzzPlacement` and the run below
// (a test target cannot include this file): keep the two in step.

#if canImport(Glibc)
import Glibc
#endif
import RecTrackCore
import RecTrackProtocols

enum FuzzPlacement {
    static let fixedEvidence = "Evidence/2020/2020-03-01-fuzz.yaml"

    /// The path relative to the tracker's root where `body` is placed.
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

    /// The value of the first line that starts with `id:`, without spaces, quotes or a carriage return.
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
}

enum FuzzRun {
    static let today = Day(year: 2026, month: 11, day: 23)!
    static let loader = TrackerLoader(registry: BuiltinProtocols.registry, today: today)
    static let base: [String: [UInt8]] = BaseTracker.files.mapValues { Array($0.utf8) }
    /// With RECTRACK_FUZZ_PRINT set, each input's placement, diagnostics and statuses are printed (for triage).
    static let printing = getenv("RECTRACK_FUZZ_PRINT") != nil

    /// Loads the base tracker with `body` placed by `selector`, then assesses what loaded; returns the diagnostic count.
    static func run(selector: UInt8, body: ArraySlice<UInt8>) -> Int {
        var files = base
        let path = FuzzPlacement.path(selector: selector, body: body)
        files[path] = Array(body)
        let result = loader.load(root: ".", files: files)
        if printing {
            print("placed at \(path)")
            for diagnostic in result.diagnostics.diagnostics { print("  \(diagnostic.formatted)") }
        }
        var count = result.diagnostics.diagnostics.reduce(0) { $0 &+ $1.formatted.utf8.count }
        guard let tracker = result.tracker else { return count }
        var environment = AssessmentEnvironment(root: tracker.root)
        environment.pluginDirectories = []  // never look for or run a plugin
        let evaluator = Evaluator(tracker: tracker, environment: environment)
        let previous = Day(year: 2026, month: 9, day: 30)!
        let past = Day(year: 2019, month: 6, day: 30)!
        for assessment in evaluator.assessAll(asOf: today, comparedWith: previous)
            + evaluator.assessAll(asOf: past, knownAt: Day(year: 2021, month: 1, day: 1)!) {
            // An assessment's progress is a percentage: anything else would be a wrong status given silently.
            if !(assessment.progress.isFinite && (0...100).contains(assessment.progress)) {
                fatalError("\(assessment.recommendation): progress \(assessment.progress) is not a percentage (status \(assessment.status))")
            }
            count &+= assessment.rationale.count &+ assessment.reason.utf8.count
            if printing { print("  \(assessment.recommendation) as of \(assessment.asOf): \(assessment.status) \(assessment.progress)% — \(assessment.reason)") }
        }
        return count
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size >= 1 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = FuzzRun.run(selector: bytes[0], body: bytes[1...])
    return 0
}
