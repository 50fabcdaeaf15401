import Dispatch
import Foundation

/// What a run of a program printed and how it ended.
public struct RunResult: Sendable, Equatable {
    /// The exit status, or the signal's number when a signal ended it.
    public var status: Int32
    /// Everything written to standard output.
    public var stdout: String
    /// Everything written to standard error.
    public var stderr: String

    /// Creates a result.
    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// Runs the built `rectrack` for end-to-end tests: its exit status, standard output and standard error, with a
/// fixed today, a small fixed environment, optional standard input and a time limit.
///
/// Output goes to files rather than pipes, so a run that prints a lot on both streams never blocks. Another
/// program can be run the same way (`executable:`), e.g. script(1) to give rectrack a terminal.
public enum BinaryRunner {
    /// The `rectrack` that `swift build` made beside this test bundle.
    public static let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("rectrack")

    /// How long a run may take before it is killed and the test fails: far more than any run needs.
    public static let timeout: TimeInterval = 300

    /// The whole environment of every run: the day it takes as today, a fixed PATH and a UTF-8 locale.
    /// Nothing is inherited, so the tests' own environment (NO_COLOR, CI, …) cannot change an output;
    /// `adding` is merged on top.
    public static func environment(today: String, adding extra: [String: String] = [:]) -> [String: String] {
        ["RECTRACK_TODAY": today, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"].merging(extra) { _, new in new }
    }

    /// Runs rectrack (or `executable`) with `arguments` in `directory` to the end. By default it runs at the package
    /// root, on the shipped tracker, so the default today is the shipped tracker's; a test of a fixture passes its
    /// own root and, where the day matters, its own today or `--as-of`.
    public static func run(_ arguments: [String], in directory: String = Fixtures.packageRoot.path, today: String = FixedToday.shippedTrackerText,
                           environment: [String: String] = [:], input: String? = nil, executable: URL = binary,
                           timeout: TimeInterval = timeout) throws -> RunResult {
        try start(arguments, in: directory, today: today, environment: environment, input: input, executable: executable)
            .wait(timeout: timeout)
    }

    /// Starts rectrack (or `executable`) without waiting for it, so a test can kill it part-way.
    public static func start(_ arguments: [String], in directory: String = Fixtures.packageRoot.path, today: String = FixedToday.shippedTrackerText,
                             environment: [String: String] = [:], input: String? = nil, executable: URL = binary) throws -> RunningBinary {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw TestSetupError("\(executable.path) does not exist: run swift build before swift test")
        }
        return try RunningBinary(executable: executable, arguments: arguments, directory: directory,
                                 environment: Self.environment(today: today, adding: environment), input: input)
    }
}

/// A started run of a program, with its output going to files until it ends.
public final class RunningBinary {
    /// The process, to signal or wait for.
    public let process: Process
    private let outputs: TemporaryFolder
    private let ended = DispatchSemaphore(value: 0)

    init(executable: URL, arguments: [String], directory: String, environment: [String: String], input: String?) throws {
        outputs = try TemporaryFolder()
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        try outputs.write("stdout", "")
        try outputs.write("stderr", "")
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputs.path("stdout")))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: outputs.path("stderr")))
        if let input {
            try outputs.write("stdin", input)
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: outputs.path("stdin")))
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        let ended = self.ended
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
    }

    /// Waits for the run to end and returns what it printed; a run still going after `timeout` seconds is
    /// killed, and the wait throws. (Foundation reports the end of a killed program only once the children it
    /// left running have ended too, so those are waited for.)
    public func wait(timeout: TimeInterval = BinaryRunner.timeout) throws -> RunResult {
        if ended.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let command = ([process.executableURL?.lastPathComponent ?? "?"] + (process.arguments ?? [])).joined(separator: " ")
            throw TestSetupError("\(command) did not finish within \(Int(timeout)) s and was killed")
        }
        ended.signal()  // so that a second wait returns at once
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus,
                         stdout: String(decoding: outputs.bytes("stdout") ?? [], as: UTF8.self),
                         stderr: String(decoding: outputs.bytes("stderr") ?? [], as: UTF8.self))
    }
}
