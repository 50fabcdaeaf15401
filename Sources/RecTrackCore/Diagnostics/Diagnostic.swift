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
    /// Error or warning.
    public var severity: Severity
    /// The file's path relative to the tracker root, or the root itself ("." ) for tracker-wide problems.
    public var path: String
    /// Where in the file, when the problem has a position.
    public var location: SourceLocation?
    /// What is wrong, quoting the bad value and ending with the fix where there is one.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, path: String, at location: SourceLocation?, _ message: String) {
        self.severity = severity
        self.path = path
        self.location = location
        self.message = message
    }

    /// `path:line:column: error: message`, the form editors and CI logs understand.
    public var formatted: String {
        if let location {
            return "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message)"
        }
        return "\(path): \(severity.rawValue): \(message)"
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
