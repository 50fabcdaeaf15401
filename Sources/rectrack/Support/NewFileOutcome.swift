import RecTrackCore
import RecTrackReports

/// What `evidence add` and `reply add` say when they try to write a new file, the same way for both.
enum NewFileOutcome {
    /// Runs a recorder, turning a file that cannot be written into a message and exit 73.
    static func recording<Outcome>(_ record: () throws -> Outcome) throws -> Outcome {
        do {
            return try record()
        } catch let failure as ExclusiveFile.Failure {
            Console.error("error: \(failure)\n")
            throw ExitStatus.cannotWrite
        }
    }

    /// Shows why the file at `path` was refused, and throws the exit status: 66 for missing input, else 65.
    static func refused(_ path: String, _ result: LoadResult) throws -> Never {
        Console.error(DiagnosticsRenderer.render(result.diagnostics, fileCount: result.fileCount, format: .text, style: Console.errorStyle))
        Console.error("Nothing was written: \(path) would make the tracker invalid; fix what is shown and run again.\n")
        throw result.missingInput ? ExitStatus.missingInput : ExitStatus.dataError
    }
}
