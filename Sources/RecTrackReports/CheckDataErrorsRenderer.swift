import RecTrackCore

/// What `check` prints when the tracker has errors, so no check could run: the errors in the format asked for,
/// so that CI shows them where it shows a check's results.
public enum CheckDataErrorsRenderer {
    /// The diagnostics in `format`; nil for text, whose errors go to standard error as `validate` prints them.
    public static func render(_ report: DiagnosticReport, fileCount: Int, format: CheckFormat) -> String? {
        switch format {
        case .text: return nil
        case .json: return DiagnosticsRenderer.render(report, fileCount: fileCount, format: .json)
        case .github: return DiagnosticsRenderer.render(report, fileCount: fileCount, format: .github)
        case .junit: return junit(report)
        case .markdown:
            var out = "The tracker has errors, so the quarterly check did not run: \(report.summary).\n\n"
            for diagnostic in report.diagnostics { out += "- \(Markdown.escape(diagnostic.formatted))\n" }
            return out
        }
    }

    /// One test case per file with errors, holding a failure per error, so that CI lists every error at its place.
    private static func junit(_ report: DiagnosticReport) -> String {
        let byFile = Dictionary(grouping: report.diagnostics.filter { $0.severity == .error }, by: \.path).sorted { $0.key < $1.key }
        let failures = byFile.reduce(0) { $0 + $1.value.count }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"rectrack check\" tests=\"\(byFile.count)\" failures=\"\(failures)\" errors=\"0\">\n"
        out += "  <testsuite name=\"tracker validation\" tests=\"\(byFile.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
        for (path, diagnostics) in byFile {
            out += "    <testcase classname=\"rectrack.validate\" name=\"\(XML.escape(SafeText.escaped(path)))\" file=\"\(XML.escape(SafeText.escaped(path)))\">\n"
            for diagnostic in diagnostics {
                out += "      <failure type=\"\(XML.escape(diagnostic.code.label))\" message=\"\(XML.escape(diagnostic.message))\">\(XML.escape(diagnostic.formatted))</failure>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }
}
