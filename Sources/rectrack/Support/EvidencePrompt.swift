#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RecTrackCore
import RecTrackReports
import Synchronization

/// Asks questions on the terminal and reads the answers, asking again until an answer passes its checks.
/// Questions and complaints go to standard error, so standard output keeps only the result.
struct EvidencePrompt {
    /// The input ended (Ctrl-D, Ctrl-C or a closed terminal) before the question was answered.
    struct InputEnded: Error {}

    /// Set by Ctrl-C; read between waits for input.
    private static let interrupted = Atomic<Bool>(false)

    /// Makes Ctrl-C end the input rather than the program, so that the answers given so far can still be printed.
    /// The handler only sets a flag (an atomic store is safe in a signal handler); ``readAnswer(_:)`` waits for input
    /// a little at a time and looks at the flag in between, on whichever thread the signal lands.
    static func stopReadingOnInterrupt() {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in EvidencePrompt.interrupted.store(true, ordering: .relaxed) }
        #else
        action.__sigaction_u.__sa_handler = { _ in EvidencePrompt.interrupted.store(true, ordering: .relaxed) }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A program that started rectrack may have left SIGINT blocked (a test runner's threads do); Ctrl-C must arrive.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
    }

    /// Columns for listings and complaints.
    let width: Int

    /// Asks until the answer parses and `problems` finds nothing wrong with it; an empty answer is nil when `optional`.
    /// `problems` returns errors (which make it ask again) and warnings (shown, then the answer is kept).
    func ask<T>(_ question: String, optional: Bool = false, _ parse: (String) -> Result<T, EvidenceDraftError>,
                problems: (T) -> (errors: [String], warnings: [String]) = { _ in ([], []) }) throws -> T? {
        while true {
            let answer = try readAnswer(question)
            if optional && answer.trimmingWhitespace.isEmpty { return nil }
            switch parse(answer) {
            case .failure(let error):
                complain(error.message)
            case .success(let value):
                let found = problems(value)
                for warning in found.warnings { complain("warning: " + warning) }
                if found.errors.isEmpty { return value }
                for error in found.errors { complain(error) }
            }
        }
    }

    /// Asks a yes-or-no question; anything but y or yes is no.
    func confirm(_ question: String) throws -> Bool {
        ["y", "yes"].contains(try readAnswer(question + " (y/n)").trimmingWhitespace.lowercased())
    }

    /// Shows a complaint about an answer, indented under its question and wrapped to the terminal.
    func complain(_ message: String) {
        Console.error(TextWrap.text(message, width: width, indent: "  ", hanging: "    ") + "\n")
    }

    /// Shows text wrapped to the terminal.
    func say(_ text: String, indent: String = "", hanging: String? = nil) {
        Console.error(TextWrap.text(text, width: width, indent: indent, hanging: hanging) + "\n")
    }

    private func readAnswer(_ question: String) throws -> String {
        // A long question is wrapped like any text; the answer is typed after its last line.
        Console.error(TextWrap.text(question + ":", width: width) + " ")
        guard let line = Self.readTerminalLine() else {
            Console.error("\n")
            throw InputEnded()
        }
        return line
    }

    /// One line typed at the terminal, without its line break; nil at the end of the input or after Ctrl-C.
    private static func readTerminalLine() -> String? {
        var bytes: [UInt8] = []
        while !interrupted.load(ordering: .relaxed) {
            var waiting = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, 100) > 0 else { continue }
            var byte: UInt8 = 0
            let count = read(STDIN_FILENO, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        return nil
    }
}
