import RecTrackCore

/// `validate --format github`: one GitHub workflow annotation per diagnostic, titled with its code and name, and the count line.
enum DiagnosticsGitHubRenderer {
    /// The annotations.
    static func render(_ report: DiagnosticReport) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            var properties = "file=\(DiagnosticsRenderer.escapeProperty(diagnostic.shownPath))"
            if let location = diagnostic.location { properties += ",line=\(location.line),col=\(location.column)" }
            properties += ",title=\(DiagnosticsRenderer.escapeProperty(diagnostic.code.label))"
            out += "::\(diagnostic.severity == .error ? "error" : "warning") \(properties)::\(DiagnosticsRenderer.escapeData(diagnostic.message))\n"
        }
        out += "\(report.summary)\n"
        return out
    }
}
