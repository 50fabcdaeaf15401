// libFuzzer target: arbitrary bytes, placed as one file of the base test tracker, go through
// loading, validation and assessment. Built by Fuzz/build.sh (with BaseTracker.swift, which it
// generates from Tests/Fixtures/base-tracker, and Tests/RecTrackProtocolsTests/FuzzCase.swift, which
// says where an input goes and how it is run); run by Fuzz/run.sh.

#if canImport(Glibc)
import Glibc
#endif
import RecTrackCore

enum FuzzRun {
    static let base: [String: [UInt8]] = BaseTracker.files.mapValues { Array($0.utf8) }
    /// With RECTRACK_FUZZ_PRINT set, each input's placement, diagnostics and statuses are printed (for triage).
    static let printing = getenv("RECTRACK_FUZZ_PRINT") != nil

    /// Runs one input; returns a number that depends on everything produced, so none of it is optimised away.
    static func run(selector: UInt8, body: ArraySlice<UInt8>) -> Int {
        let (path, result) = FuzzCase.load(selector: selector, body: body, base: base)
        if printing {
            print("placed at \(path)")
            for diagnostic in result.diagnostics.diagnostics { print("  \(diagnostic.formatted)") }
        }
        var count = result.diagnostics.diagnostics.reduce(0) { $0 &+ $1.formatted.utf8.count }
        guard let tracker = result.tracker else { return count }
        let assessments = FuzzCase.assess(tracker)
        if let problem = FuzzCase.problem(assessments) { fatalError(problem) }
        for assessment in assessments {
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
