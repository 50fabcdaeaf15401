import RecTrackCore

/// `validate --format json`.
struct ValidationDocument: Encodable {
    var errors: Int
    var warnings: Int
    var files: Int
    var diagnostics: [Entry]

    struct Entry: Encodable {
        var code: String
        var name: String
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
            Entry(code: $0.code.code, name: $0.code.name, severity: $0.severity.rawValue, path: $0.path, line: $0.location?.line, column: $0.location?.column, message: $0.message)
        }
    }
}
