// One fuzz input's path through rectrack, shared by the libFuzzer target (Fuzz/build.sh compiles this
// file into it beside Fuzz/FuzzTarget.swift) and FuzzRegressionTests, so the two cannot drift apart.
// It uses nothing but the standard library, rectrack's own modules and the tests' fixed today.
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

import RecTrackCore
import RecTrackProtocols
// The fuzz target has no test-support module: Fuzz/build.sh compiles its FixedToday.swift in beside this file.
#if canImport(RecTrackTestSupport)
import RecTrackTestSupport
#endif

enum FuzzCase {
    static let today = FixedToday.day
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

    /// Loads the `base` tracker's files with `body` placed by `selector`.
    static func load(selector: UInt8, body: ArraySlice<UInt8>, base: [String: [UInt8]]) -> (path: String, result: LoadResult) {
        var files = base
        let path = path(selector: selector, body: body)
        files[path] = Array(body)
        return (path, TrackerLoader(registry: BuiltinProtocols.registry, today: today).load(root: ".", files: files))
    }

    static let compared = Day(year: 2026, month: 9, day: 30)!

    /// Assesses what loaded three times, as the fuzz target does: now with a trend since `compared`, `compared`
    /// itself, and 2019 as known at 2021. No plugin is ever looked for or run.
    static func assess(_ tracker: Tracker) -> [Assessment] {
        var environment = AssessmentEnvironment(root: tracker.root)
        environment.pluginDirectories = []
        let evaluator = Evaluator(tracker: tracker, environment: environment)
        return evaluator.assessAll(asOf: today, comparedWith: compared) + evaluator.assessAll(asOf: compared)
            + evaluator.assessAll(asOf: Day(year: 2019, month: 6, day: 30)!, knownAt: Day(year: 2021, month: 1, day: 1)!)
    }

    /// What is wrong with the assessments of ``assess(_:)``; nil when nothing is: a progress that is not a percentage
    /// (a wrong status given silently), or a trend whose earlier status, assessed for its verdict alone, is not what
    /// the full assessment of that day says.
    static func problem(_ assessments: [Assessment]) -> String? {
        if let bad = assessments.first(where: { !($0.progress.isFinite && (0...100).contains($0.progress)) }) {
            return "\(bad.recommendation): progress \(bad.progress) is not a percentage (status \(bad.status))"
        }
        let then = Dictionary(assessments.filter { $0.asOf == compared && $0.trend == nil }.map { ($0.recommendation, $0) },
                              uniquingKeysWith: { first, _ in first })
        for now in assessments where now.asOf == today {
            guard let trend = now.trend, let earlier = then[now.recommendation] else { return "\(now.recommendation): no trend to check" }
            if trend.previousStatus != earlier.status || trend.previousProgress != earlier.progress {
                return "\(now.recommendation): the trend's earlier side says \(trend.previousStatus) \(trend.previousProgress)%, the assessment of \(compared) \(earlier.status) \(earlier.progress)%"
            }
        }
        return nil
    }

    /// The value of the first line that starts with `id:`, without spaces, quotes or a carriage return.
    private static func idLine(_ body: ArraySlice<UInt8>) -> [UInt8]? {
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

    private static func evidencePath(_ body: ArraySlice<UInt8>) -> String? {
        guard let id = idLine(body), (1...100).contains(id.count),
              id.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }) else { return nil }
        let year = id.count >= 4 && id.prefix(4).allSatisfy({ (0x30...0x39).contains($0) }) ? String(decoding: id.prefix(4), as: UTF8.self) : "2020"
        return "Evidence/\(year)/\(String(decoding: id, as: UTF8.self)).yaml"
    }

    private static func recommendationPath(_ body: ArraySlice<UInt8>) -> String? {
        guard let id = idLine(body), (2...3).contains(id.count), id.first == 0x52,  // "R"
              let number = Int(String(decoding: id.dropFirst(), as: UTF8.self)), (1...99).contains(number) else { return nil }
        return "Recommendations/R\(number < 10 ? "0" : "")\(number).yaml"
    }
}
