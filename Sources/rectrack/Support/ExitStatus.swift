import ArgumentParser

/// The exit codes every command uses (BSD sysexits, as DESIGN.md lists them).
enum ExitStatus {
    /// A check failed (regression, stale evidence, warnings asked to fail).
    static let checkFailed = ExitCode(1)
    /// Bad usage.
    static let usage = ExitCode(64)
    /// Bad data in the tracker.
    static let dataError = ExitCode(65)
    /// The root, a folder or a required file is missing.
    static let missingInput = ExitCode(66)
    /// Output could not be written.
    static let cannotWrite = ExitCode(73)
}
