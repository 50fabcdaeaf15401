import Foundation
import Testing

/// What a run of the built `rectrack` printed and how it ended.
struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the built binary like ``BinaryRunner``, and also starts it without waiting (to kill it), feeds it
/// input and sends its output to files (so long output never blocks a pipe).
enum RecTrackBinary {
    /// The package root.
    static let packageRoot = BinaryRunner.repository.path

    /// The binary's path.
    static let path = BinaryRunner.binary.path

    /// The environment every run gets: the fixed day, no colour.
    static func environment(today: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["RECTRACK_TODAY"] = today
        environment["NO_COLOR"] = "1"
        return environment
    }

    /// Starts `rectrack` in `folder` with output going to files in `outputFolder`; the caller waits or kills it.
    static func start(_ arguments: [String], in folder: String, today: String, outputFolder: String,
                      stdin: FileHandle? = nil) throws -> (Process, stdout: String, stderr: String) {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw TestSetupError("\(path) does not exist: run `swift build` before `swift test`")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = environment(today: today)
        let name = UUID().uuidString
        let out = outputFolder + "/\(name).out", err = outputFolder + "/\(name).err"
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        process.standardInput = stdin ?? FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    /// Runs `rectrack` to the end.
    static func run(_ arguments: [String], in folder: String, today: String, input: String? = nil) throws -> RunResult {
        let outputs = NSTemporaryDirectory() + "rectrack-out-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outputs) }
        var stdin: FileHandle?
        if let input {
            let file = outputs + "/stdin"
            try Data(input.utf8).write(to: URL(fileURLWithPath: file))
            stdin = try FileHandle(forReadingFrom: URL(fileURLWithPath: file))
        }
        let (process, out, err) = try start(arguments, in: folder, today: today, outputFolder: outputs, stdin: stdin)
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus,
                         stdout: try String(contentsOfFile: out, encoding: .utf8),
                         stderr: try String(contentsOfFile: err, encoding: .utf8))
    }
}

/// A test could not be set up.
struct TestSetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
