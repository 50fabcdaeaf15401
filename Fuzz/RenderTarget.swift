// libFuzzer target: arbitrary bytes, placed as one file of the base test tracker as the loading target places them
// (Tests/RecTrackProtocolsTests/FuzzCase.swift), are loaded and rendered to every format; an output holding a
// control or bidirectional character stops the run (Tests/RecTrackProtocolsTests/RenderFuzzCase.swift).

import RecTrackCore

enum RenderRun {
    static let base: [String: [UInt8]] = BaseTracker.files.mapValues { Array($0.utf8) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size >= 1 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let (_, result) = FuzzCase.load(selector: bytes[0], body: bytes[1...], base: RenderRun.base)
    if let problem = RenderFuzzCase.problem(result) { fatalError(problem) }
    return 0
}
