// libFuzzer target: arbitrary bytes as one command-line argument, read as a date, a quarter or a --bears-on entry
// (Tests/RecTrackProtocolsTests/ArgumentsFuzzCase.swift says which, and what must hold). Built by Fuzz/build.sh.

import RecTrackCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size >= 1 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let problem = ArgumentsFuzzCase.problem(selector: bytes[0], body: bytes[1...]) { fatalError(problem) }
    return 0
}
