import ArgumentParser
import RecTrackCore
import RecTrackReports

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a diagnostic's code: what is wrong, an example and the fix.",
        discussion: """
        Every message of rectrack validate ends with a code and a name, such as [RT0103 unknown-key]. \
        Printed from the catalogue of codes; `--format markdown` with no code prints docs/diagnostics.md.

        Examples:
          rectrack explain RT0103
          rectrack explain unknown-key
          rectrack explain              (every code, one a line)
        """
    )

    @Argument(help: ArgumentHelp("A code (RT0103) or a name (unknown-key); leave it out to list every code.", valueName: "code"))
    var code: String?

    @Option(name: .long, help: .outputFormat)
    var format: DiagnosticReferenceFormat = .text

    func run() throws {
        guard let code else {
            switch format {
            case .text: Console.out(DiagnosticReferenceRenderer.list(style: Console.outStyle))
            case .markdown: Console.out(DiagnosticReferenceRenderer.markdown())
            }
            return
        }
        guard let found = DiagnosticCode(codeOrName: code) else {
            let words = DiagnosticCode.allCases.flatMap { [$0.code, $0.name] }
            let hint = Suggestion.didYouMean(code, in: words)
            throw ValidationError("no diagnostic code or name '\(code)'.\(hint.isEmpty ? " Run rectrack explain to list them." : hint)")
        }
        switch format {
        case .text: Console.out(DiagnosticReferenceRenderer.text(found, style: Console.outStyle))
        case .markdown: Console.out(DiagnosticReferenceRenderer.entry(found))
        }
    }
}
