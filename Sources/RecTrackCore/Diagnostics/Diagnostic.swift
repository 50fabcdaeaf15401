/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// One problem found in the tracker's files, located like a compiler's message.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// What kind of problem it is, with a stable code and name (``DiagnosticCode``).
    public var code: DiagnosticCode
    /// Error or warning: the code's severity.
    public var severity: Severity
    /// The file's path relative to the tracker root, or the root itself ("." ) for tracker-wide problems.
    public var path: String
    /// Where in the file, when the problem has a position.
    public var location: SourceLocation?
    /// What is wrong, quoting the bad value and ending with the fix where there is one.
    public var message: String

    /// Creates a diagnostic of the kind `code`, with that kind's severity.
    public init(_ code: DiagnosticCode, path: String, at location: SourceLocation?, _ message: String) {
        self.code = code
        self.severity = code.severity
        self.path = path
        self.location = location
        self.message = message
    }

    /// The path as text prints it: control characters escaped (``SafeText/escaped(_:)``), since a file's name can
    /// hold any of them.
    public var shownPath: String { SafeText.escaped(path) }

    /// `path:line:column: error: message [RT0103 unknown-key]`, the form editors and CI logs understand:
    /// the code comes last, so the part before the message reads as a compiler's does.
    public var formatted: String {
        if let location {
            return "\(shownPath):\(location.line):\(location.column): \(severity.rawValue): \(message) [\(code.label)]"
        }
        return "\(shownPath): \(severity.rawValue): \(message) [\(code.label)]"
    }
}

extension Diagnostic: Comparable {
    /// Orders by file, then position, then message, so output is the same on every run.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        let l = lhs.location ?? SourceLocation(line: 0, column: 0)
        let r = rhs.location ?? SourceLocation(line: 0, column: 0)
        if l != r { return l < r }
        return lhs.message < rhs.message
    }
}
