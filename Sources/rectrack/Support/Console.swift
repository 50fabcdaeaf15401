#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RecTrackCore
import RecTrackReports

/// Where output goes, and whether it may be coloured.
enum Console {
    /// Writes to standard output.
    static func out(_ text: String) {
        noteOutput(FileDescriptor.writeAll(Array(text.utf8), to: STDOUT_FILENO))
    }

    /// Writes UTF-8 text to standard output.
    static func out(_ utf8: [UInt8]) {
        noteOutput(FileDescriptor.writeAll(utf8, to: STDOUT_FILENO))
    }

    /// Writes UTF-8 text given in pieces to standard output, one after another.
    static func out(pieces: [ArraySlice<UInt8>]) {
        noteOutput(FileDescriptor.writeAll(pieces: pieces, to: STDOUT_FILENO))
    }

    /// The `errno` of the first write to standard output that failed, other than to a closed pipe (`| head` ends
    /// reading early, and that is no failure); nil while every write went through. A full disk or a broken file must
    /// not pass for output written: ``RecTrack/main()`` ends with exit 73 when this is set.
    nonisolated(unsafe) private(set) static var outputFailure: Int32?

    private static func noteOutput(_ failure: Int32?) {
        if let failure, failure != EPIPE, outputFailure == nil { outputFailure = failure }
    }

    /// Writes to standard error.
    static func error(_ text: String) {
        write(text, to: STDERR_FILENO)
    }

    /// Writes all of `text`, retrying short writes; a closed pipe ends quietly.
    private static func write(_ text: String, to descriptor: Int32) {
        FileDescriptor.writeAll(Array(text.utf8), to: descriptor)
    }

    /// True when standard output is a terminal.
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    /// True when standard error is a terminal.
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// True under CI, where progress is never shown.
    static var underCI: Bool { getenv("CI") != nil }

    /// Colour for a stream: only on a terminal, and never when NO_COLOR is set (to anything non-empty).
    /// Fitted to `width` when there is one (see ``TerminalWidth``).
    static func style(forTerminal isTerminal: Bool, width: Int? = nil) -> TerminalStyle {
        let noColor = getenv("NO_COLOR").map { String(cString: $0) }.map { !$0.isEmpty } ?? false
        let dumb = getenv("TERM").map { String(cString: $0) } == "dumb"
        return TerminalStyle(enabled: isTerminal && !noColor && !dumb, width: width)
    }

    /// The style for standard output.
    static var outStyle: TerminalStyle { style(forTerminal: stdoutIsTerminal, width: TerminalWidth.output) }
    /// The style for standard error.
    static var errorStyle: TerminalStyle { style(forTerminal: stderrIsTerminal, width: TerminalWidth.errors) }
}
