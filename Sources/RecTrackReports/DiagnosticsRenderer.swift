import RecTrackCore

/// Renders diagnostics like a compiler, as JSON, or as GitHub workflow annotations, each with its code and name;
/// each format in its own file.
public enum DiagnosticsRenderer {
    /// The diagnostics and the count line in `format`.
    public static func render(_ report: DiagnosticReport, fileCount: Int, format: DiagnosticsFormat, style: TerminalStyle = .plain) -> String {
        switch format {
        case .text: return DiagnosticsTextRenderer.render(report, fileCount: fileCount, style: style)
        case .json: return JSONOutput.encode(ValidationDocument(report: report, fileCount: fileCount))
        case .github: return DiagnosticsGitHubRenderer.render(report)
        }
    }

    /// GitHub's escaping for an annotation's message.
    static func escapeData(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// GitHub's escaping for an annotation's properties.
    static func escapeProperty(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }
}
