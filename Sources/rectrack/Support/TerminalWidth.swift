#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How many columns output may use.
enum TerminalWidth {
    /// The narrowest width honoured: below it, tables and wrapped text would be unreadable either way.
    static let minimum = 40

    /// `COLUMNS` when it is set to a number, else the terminal's own width when `descriptor` is a terminal;
    /// nil (no limit) when output goes to a file or a pipe, so what is saved keeps every line whole.
    static func columns(of descriptor: Int32) -> Int? {
        if let text = getenv("COLUMNS").map({ String(cString: $0) }), let columns = Int(text), columns > 0 {
            return max(columns, minimum)
        }
        guard isatty(descriptor) == 1 else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return max(Int(size.ws_col), minimum)
    }

    /// The width for standard output.
    static var output: Int? { columns(of: STDOUT_FILENO) }
    /// The width for standard error, where questions and messages go.
    static var errors: Int? { columns(of: STDERR_FILENO) }
}
