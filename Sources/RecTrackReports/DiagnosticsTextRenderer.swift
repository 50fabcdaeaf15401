import RecTrackCore

/// `validate --format text`: `path:line:column: error: message` lines, like a compiler, and the count line.
enum DiagnosticsTextRenderer {
    /// The lines.
    static func render(_ report: DiagnosticReport, fileCount: Int, style: TerminalStyle) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            let label = diagnostic.severity == .error ? style.red("error:") : style.yellow("warning:")
            let place = diagnostic.location.map { "\(diagnostic.path):\($0.line):\($0.column):" } ?? "\(diagnostic.path):"
            out += "\(style.bold(place)) \(label) \(diagnostic.message)\n"
        }
        out += "\(report.summary) (\(fileCount) \(fileCount == 1 ? "file" : "files") checked)\n"
        return out
    }
}
