/// All diagnostics of a run, sorted, with the counts the summary line needs.
public struct DiagnosticReport: Sendable, Codable {
    /// Every diagnostic, sorted by file and position.
    public private(set) var diagnostics: [Diagnostic]

    /// Creates a report from diagnostics in any order.
    public init(_ diagnostics: [Diagnostic] = []) {
        self.diagnostics = diagnostics.sorted()
    }

    /// Adds more diagnostics, keeping the order.
    public mutating func append(contentsOf more: [Diagnostic]) {
        diagnostics = (diagnostics + more).sorted()
    }

    /// The number of errors.
    public var errorCount: Int { diagnostics.lazy.filter { $0.severity == .error }.count }
    /// The number of warnings.
    public var warningCount: Int { diagnostics.lazy.filter { $0.severity == .warning }.count }
    /// The number of distinct files with at least one diagnostic.
    public var fileCount: Int { Set(diagnostics.map(\.path)).count }
    /// True when there is at least one error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// "3 errors and 1 warning in 2 files".
    public var summary: String {
        let e = errorCount, w = warningCount, f = fileCount
        return "\(e) \(e == 1 ? "error" : "errors") and \(w) \(w == 1 ? "warning" : "warnings") in \(f) \(f == 1 ? "file" : "files")"
    }
}
