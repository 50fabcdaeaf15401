#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The built `rectrack` run on a pseudo-terminal of a given size, driven as a person would drive it: wait for a
/// question to appear, type an answer, and read what the screen shows. Standard input, output and error are all
/// the terminal, so the program sees a TTY (`isatty`) and its width (`TIOCGWINSZ`).
public final class TerminalSession {
    /// How long to wait for text to appear before the test fails.
    public static let patience: TimeInterval = 60

    private let master: Int32
    private let process = Process()
    private var screen: [UInt8] = []
    /// Where the next ``expect(_:)`` starts looking, in UTF-8 bytes of the shown text: text matched is not matched again.
    private var mark = 0
    private var closed = false

    /// Starts `rectrack arguments` in `directory` on a terminal `columns` wide, with a fixed today and environment
    /// (see ``BinaryRunner/environment(today:adding:)``).
    public init(_ arguments: [String], in directory: String, today: String, columns: UInt16 = 80,
                environment: [String: String] = [:]) throws {
        master = PseudoTerminal.openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, PseudoTerminal.grantpt(master) == 0, PseudoTerminal.unlockpt(master) == 0, let name = PseudoTerminal.ptsname(master) else {
            throw TestSetupError("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw TestSetupError("cannot open \(String(cString: name)): \(String(cString: strerror(errno)))") }
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.executableURL = BinaryRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = BinaryRunner.environment(today: today, adding: environment)
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        // Only the child holds the terminal now, so reading the master ends when the child has gone.
        try terminal.close()
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    /// Waits until `text` appears after what was last expected, and returns what the terminal showed from there to its end.
    @discardableResult
    public func expect(_ text: String) throws -> String {
        let deadline = Date().addingTimeInterval(Self.patience)
        while true {
            let shown = Self.text(screen[...])
            let start = shown.utf8.index(shown.startIndex, offsetBy: min(mark, shown.utf8.count))
            if let range = shown[start...].range(of: text) {
                mark = shown.utf8.distance(from: shown.startIndex, to: range.upperBound)
                return String(shown[start..<range.upperBound])
            }
            guard !closed, Date() < deadline else {
                throw TestSetupError("'\(text)' did not appear; the terminal showed:\n\(shown)")
            }
            readSome(until: deadline)
        }
    }

    /// Waits for `question` and types `answer` and Return; what the terminal showed up to the question is returned.
    @discardableResult
    public func answer(_ question: String, _ answer: String) throws -> String {
        let shown = try expect(question)
        type(answer)
        return shown
    }

    /// Types `line` and Return.
    public func type(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Sends the interrupt that Ctrl-C sends to the program in the foreground.
    public func interrupt() {
        kill(process.processIdentifier, SIGINT)
    }

    /// Types Ctrl-D, which ends the input at the start of a line.
    public func typeEndOfInput() {
        var byte: UInt8 = 4
        _ = write(master, &byte, 1)
    }

    /// Waits for the program to end; its exit status and everything the terminal showed, line breaks as `\n`.
    public func finish() throws -> (status: Int32, screen: String) {
        let deadline = Date().addingTimeInterval(Self.patience)
        while !closed && Date() < deadline { readSome(until: deadline) }
        guard closed else { throw TestSetupError("the program did not end; the terminal showed:\n\(Self.text(screen[...]))") }
        process.waitUntilExit()
        return (process.terminationStatus, Self.text(screen[...]))
    }

    private func readSome(until deadline: Date) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(max(0, min(deadline.timeIntervalSinceNow, 1)) * 1000)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        // Linux answers EIO once the last holder of the terminal has closed it.
        if count <= 0 { closed = true } else { screen += buffer[..<count] }
    }

    /// The terminal's bytes as text, its "\r\n" line ends as "\n".
    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }
}

/// glibc's pseudo-terminal functions, which its Swift module hides (they need _XOPEN_SOURCE), looked up by name.
private enum PseudoTerminal {
    private static func function<T>(_ name: String, as type: T.Type) -> T {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else { fatalError("the C library has no \(name)") }
        return unsafeBitCast(symbol, to: type)
    }

    static let openpt = function("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
    static let grantpt = function("grantpt", as: (@convention(c) (Int32) -> Int32).self)
    static let unlockpt = function("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
    static let ptsname = function("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
}
