import RecTrackCore

/// The reference of diagnostic codes, made from the catalogue (``DiagnosticCode``): printed by `rectrack explain`
/// and written to `docs/diagnostics.md`.
public enum DiagnosticReferenceRenderer {
    /// Markdown for every code, by area.
    public static func markdown() -> String {
        var out = Markdown.generatedPage("Diagnostics", from: "the catalogue, Sources/RecTrackCore/Diagnostics/DiagnosticCode+Entries.swift")
        out += """
            Every problem rectrack finds in a tracker's files is reported like a compiler's message, and ends with a stable \
            code and name:

            ```text
            Evidence/2020/2020-03-01-example.yaml:7:1: error: unknown key 'bears_on' in the evidence. Did you mean 'bears-on'? [RT0103 unknown-key]
            ```

            `rectrack validate --format json` gives each diagnostic's `code` and `name`, and `--format github` puts them in the \
            annotation's title. A code never changes, and never returns with another meaning; match on it rather than on \
            the words. `rectrack explain RT0103` (or `rectrack explain unknown-key`) prints one entry.

            \(DiagnosticExample.setting)

            | code | name | severity | what is wrong |
            |---|---|---|---|

            """
        for code in DiagnosticCode.allCases {
            out += "| [\(code.code)](#\(anchor(code))) | `\(code.name)` | \(code.severity.rawValue) | \(code.entry.summary) |\n"
        }
        for area in DiagnosticArea.allCases where !area.codes.isEmpty {
            out += "\n## \(area.title) (\(area.rawValue)xx)\n"
            for code in area.codes {
                out += "\n" + entry(code)
            }
        }
        return out
    }

    /// One code's entry, in Markdown.
    public static func entry(_ code: DiagnosticCode) -> String {
        let entry = code.entry
        var out = "### \(code.label)\n\n"
        out += "\(entry.severity == .error ? "Error" : "Warning"). \(entry.summary)\n\n"
        switch entry.example {
        case .file(let path, let text):
            out += "Example, `\(path)`:\n\n```yaml\n\(text)\n```\n\n"
        case .situation(let words):
            out += "Example: \(words)\n\n"
        }
        out += "Fix: \(entry.fix)\n"
        return out
    }

    /// One code's entry for the terminal.
    public static func text(_ code: DiagnosticCode, style: TerminalStyle = .plain) -> String {
        let entry = code.entry
        var out = style.bold(code.label) + " (\(entry.severity.rawValue))\n"
        out += "\(entry.summary)\n\n"
        switch entry.example {
        case .file(let path, let text):
            out += "Example, \(path):\n"
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) { out += "    \(line)\n" }
        case .situation(let words):
            out += "Example: \(words)\n"
        }
        out += "\nFix: \(entry.fix)\n"
        return out
    }

    /// Every code, one a line, for the terminal.
    public static func list(style: TerminalStyle = .plain) -> String {
        var table = TextTable(headers: ["code", "name", "severity", "what is wrong"])
        table.rows = DiagnosticCode.allCases.map { [$0.code, $0.name, $0.severity.rawValue, $0.entry.summary] }
        // On a narrow terminal what is wrong goes under its code; the name, which is what one types, stays whole.
        table.beneath = 3
        return table.render(width: style.width) { _, column, cell in column == 0 ? style.bold(cell) : cell }
            + style.fitting("\nrectrack explain CODE prints one in full; docs/diagnostics.md has them all.") + "\n"
    }

    /// The heading's anchor on GitHub: `RT0103 unknown-key` becomes `rt0103-unknown-key`.
    private static func anchor(_ code: DiagnosticCode) -> String {
        code.code.lowercased() + "-" + code.name
    }
}
