/// Collects the diagnostics of one file while it is decoded.
///
/// A sink belongs to one file and one thread; collections of files are merged
/// into a ``DiagnosticReport`` afterwards.
public final class DiagnosticSink {
    /// The path every diagnostic here is reported against.
    public let path: String
    /// What has been collected so far, in the order found.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates an empty sink for the file at `path` (relative to the tracker root).
    public init(path: String) {
        self.path = path
    }

    /// Records a diagnostic of the kind `code` (an error or a warning, as the code says) at `location`.
    public func report(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(code, path: path, at: location, message))
    }

    /// True when at least one error has been recorded.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
