import RecTrackCore

/// Renders diagnostics like a compiler, as JSON, or as GitHub workflow annotations.
public enum DiagnosticsRenderer {
    /// The diagnostics and the count line in `format`.
    public static func render(_ report: DiagnosticReport, fileCount: Int, format: DiagnosticsFormat, style: TerminalStyle = .plain) -> String {
        switch format {
        case .text:
            var out = ""
            for diagnostic in report.diagnostics {
                let label = diagnostic.severity == .error ? style.red("error:") : style.yellow("warning:")
                let place = diagnostic.location.map { "\(diagnostic.path):\($0.line):\($0.column):" } ?? "\(diagnostic.path):"
                out += "\(style.bold(place)) \(label) \(diagnostic.message)\n"
            }
            out += "\(report.summary) (\(fileCount) \(fileCount == 1 ? "file" : "files") checked)\n"
            return out
        case .json:
            return JSONOutput.encode(ValidationDocument(report: report, fileCount: fileCount))
        case .github:
            var out = ""
            for diagnostic in report.diagnostics {
                var properties = "file=\(escapeProperty(diagnostic.path))"
                if let location = diagnostic.location { properties += ",line=\(location.line),col=\(location.column)" }
                out += "::\(diagnostic.severity == .error ? "error" : "warning") \(properties)::\(escapeData(diagnostic.message))\n"
            }
            out += "\(report.summary)\n"
            return out
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

/// `validate --format json`.
struct ValidationDocument: Encodable {
    var errors: Int
    var warnings: Int
    var files: Int
    var diagnostics: [Entry]

    struct Entry: Encodable {
        var severity: String
        var path: String
        var line: Int?
        var column: Int?
        var message: String
    }

    init(report: DiagnosticReport, fileCount: Int) {
        errors = report.errorCount
        warnings = report.warningCount
        files = fileCount
        diagnostics = report.diagnostics.map {
            Entry(severity: $0.severity.rawValue, path: $0.path, line: $0.location?.line, column: $0.location?.column, message: $0.message)
        }
    }
}

extension String {
    func replacingAll(_ map: [Character: String]) -> String {
        var out = ""
        for c in self { if let r = map[c] { out += r } else { out.append(c) } }
        return out
    }
}
