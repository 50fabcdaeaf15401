#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import RecTrackCore

@main
struct RecTrack: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rectrack",
        abstract: "Track how far government has gone on a report's recommendations.",
        discussion: """
        A tracker is a folder with Recommendations/ (the report, its owners, metrics and one record per \
        recommendation) and Evidence/ (one dated YAML file per fact). rectrack checks those files, assesses \
        each recommendation with its protocol, and reports where things stand.

        Start with:
          rectrack validate          check every file (errors as path:line:column)
          rectrack status            the table of every recommendation
          rectrack show R6           one recommendation in full, with its reasons
          rectrack protocols         how recommendations can be assessed
          rectrack explain RT0103    what a diagnostic's code means, and the fix

        Exit codes: 0 ok, 1 a check failed, 64 bad usage, 65 bad data, 66 missing input, 73 cannot write output.
        """,
        version: "rectrack \(RecTrackVersion.current)",
        subcommands: [ValidateCommand.self, StatusCommand.self, ShowCommand.self, ReportCommand.self, ProtocolsCommand.self,
                      CheckCommand.self, DiffCommand.self, WorklistCommand.self, ExportCommand.self, EvidenceCommand.self, ReplyCommand.self, ExplainCommand.self]
    )

    /// Parses and runs the command. ArgumentParser's own `main()` reports an error thrown by a subcommand's `run()`
    /// with the root command's usage (`Usage: rectrack <subcommand>`); here it gets the subcommand's own. Every message,
    /// which may quote what was typed (`--bears-on $'\e]52;…'`), reaches the terminal with each control and
    /// bidirectional character replaced.
    static func main() {
        if let problem = ArgumentText.firstNotUTF8() {
            Console.error("Error: \(problem)\n")
            exit(withError: ExitStatus.usage)
        }
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exitShowing(error)
        }
        do {
            try command.run()
            if let failure = Console.outputFailure {
                Console.error("error: cannot write standard output: \(String(cString: strerror(failure)))\n")
                exit(withError: ExitStatus.cannotWrite)
            }
        } catch let error as ValidationError {
            Console.error(SafeText.neutralised(SubcommandUsage.message(error.message, for: type(of: command), in: self)))
            exit(withError: ExitStatus.usage)
        } catch {
            exitShowing(error)
        }
    }

    /// Ends as ArgumentParser's `exit(withError:)` does, but with the message's control characters replaced.
    private static func exitShowing(_ error: Error) -> Never {
        let text = fullMessage(for: error)
        let code = exitCode(for: error)
        if !text.isEmpty {
            if code == .success { Console.out(text + "\n") } else { Console.error(SafeText.neutralised(text) + "\n") }
        }
        exit(withError: code == .success ? nil : ExitCode(code.rawValue))
    }
}
