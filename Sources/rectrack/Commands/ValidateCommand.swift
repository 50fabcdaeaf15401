import ArgumentParser
import RecTrackCore
import RecTrackProtocols
import RecTrackReports

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check every file of the tracker and say exactly what is wrong and where.",
        discussion: """
        Every problem in every file is collected, then printed as path:line:column: error: message \
        (or warning:), with paths relative to the root, and a count line at the end. Nothing is changed.

        Exit codes: 0 no errors (warnings allowed), 65 errors in the data, 66 the root or its folders are missing.

        Examples:
          rectrack validate
          rectrack validate --root ../other-tracker --format github
        """
    )

    @OptionGroup var tracker: TrackerOptions

    @Option(name: .long, help: .outputFormat)
    var format: DiagnosticsFormat = .text

    func run() throws {
        let progress = LoadProgress()
        let result = TrackerLoader(registry: BuiltinProtocols.registry, progress: progress.callback).load(root: tracker.resolvedRoot())
        progress.finish()
        KeptUntilExit.keep(result)
        let style = format == .text ? Console.outStyle : .plain
        Console.out(DiagnosticsRenderer.render(result.diagnostics, fileCount: result.fileCount, format: format, style: style))
        if result.missingInput { throw ExitStatus.missingInput }
        if result.diagnostics.hasErrors { throw ExitStatus.dataError }
    }
}
