import Foundation

/// Runs the built `rectrack` binary and captures what it prints.
struct BinaryRunner {
    /// The package root.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The debug binary `swift build` makes.
    static let binary = repository.appendingPathComponent(".build/debug/rectrack")
    /// The base fixture tracker.
    static let baseTracker = repository.appendingPathComponent("Tests/Fixtures/base-tracker")

    struct Output {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// Runs rectrack with `arguments` in `directory`, with a fixed today and no colour unless `environment` says otherwise.
    static func run(_ arguments: [String], executable: URL = binary, in directory: URL = repository,
                    environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ["RECTRACK_TODAY": "2026-12-02", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                      status: process.terminationStatus)
    }

    /// A copy of the base tracker in a temporary folder.
    static func copyOfBaseTracker() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rectrack-e2e-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: baseTracker, to: folder)
        return folder
    }
}
