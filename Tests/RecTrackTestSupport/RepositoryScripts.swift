import Foundation

/// The repository's own scripts (`scripts/`), run from tests with the tests' environment: the pinned Python tools
/// (`scripts/ensure-python-tools.sh`) and what is fetched with them, each set up once per test process, so that two
/// tests never install into one folder at the same time.
public enum RepositoryScripts {
    /// True when `python3` is on PATH; without it no Python tool can be installed, and the tests that need one skip.
    public static var python3Available: Bool {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.contains { FileManager.default.isExecutableFile(atPath: "\($0)/python3") }
    }

    /// The Python tools' environment (its `bin` folder), installed once per process; the error says why it could not be.
    public static let pythonTools: Result<URL, TestSetupError> = Result {
        try URL(fileURLWithPath: printedPath(of: "scripts/ensure-python-tools.sh"))
    }.mapError { $0 as? TestSetupError ?? TestSetupError("\($0)") }

    /// Runs a script of the repository (`scripts/NAME`) to the end, with the tests' whole environment.
    public static func run(_ script: String, _ arguments: [String] = [], timeout: TimeInterval = 600) throws -> RunResult {
        try BinaryRunner.run(arguments, environment: ProcessInfo.processInfo.environment,
                             executable: Fixtures.inPackage(script), timeout: timeout)
    }

    /// Runs a script that prints one path and returns it; throws with its output when it fails.
    public static func printedPath(of script: String) throws -> String {
        let result = try run(script)
        let path = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        guard result.status == 0, !path.isEmpty else {
            throw TestSetupError("\(script) failed (exit \(result.status)): \(result.stderr.suffix(2000))")
        }
        return path
    }
}
