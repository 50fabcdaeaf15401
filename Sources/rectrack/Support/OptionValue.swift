#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import RecTrackCore

/// An option's value checked, or the answer to a prompt when it was not given: shared by the commands that write files.
enum OptionValue {
    /// Whether standard input is a terminal, so missing values can be asked for; when it is not, a usage error (exit 64)
    /// naming every one of `required` (option, value given) that was not given.
    static func askable(_ required: [(String, String?)]) throws -> Bool {
        let interactive = isatty(STDIN_FILENO) == 1
        let missing = required.filter { $0.1?.trimmingWhitespace.isEmpty ?? true }.map(\.0)
        if !interactive && !missing.isEmpty {
            throw ValidationError("missing \(missing.joined(separator: ", ")): give \(missing.count == 1 ? "it" : "them"), or run on a terminal to be asked")
        }
        return interactive
    }

    /// The option's value parsed, or `ask()` when it was not given.
    static func get<T>(_ given: String?, _ option: String, _ parse: (String) -> Result<T, EvidenceDraftError>, ask: () throws -> T) throws -> T {
        if let given, !given.trimmingWhitespace.isEmpty { return try check(given, option, parse) }
        return try ask()
    }

    /// The option's value parsed; a usage error (exit 64) naming the option when it does not parse.
    static func check<T>(_ text: String, _ option: String, _ parse: (String) -> Result<T, EvidenceDraftError>) throws -> T {
        switch parse(text) {
        case .success(let value): return value
        case .failure(let error): throw ValidationError("\(option): \(error.message)")
        }
    }
}
