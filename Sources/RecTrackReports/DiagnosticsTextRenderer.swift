import RecTrackCore

/// `validate --format text`: `path:line:column: error: message [RT0103 unknown-key]` lines, like a compiler, and the count line.
enum DiagnosticsTextRenderer {
    /// The lines.
    static func render(_ report: DiagnosticReport, fileCount: Int, style: TerminalStyle) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            let label = diagnostic.severity == .error ? style.red("error:") : style.yellow("warning:")
            let place = diagnostic.location.map { "\(diagnostic.shownPath):\($0.line):\($0.column):" } ?? "\(diagnostic.shownPath):"
            out += "\(style.bold(place)) \(label) \(diagnostic.message) [\(diagnostic.code.label)]\n"
        }
        let checked = "\(fileCount) \(fileCount == 1 ? "file" : "files") checked"
        out += report.diagnostics.isEmpty ? "\(checked): no problems found.\n" : "\(report.summary) (\(checked))\n"
        return out
    }
}
