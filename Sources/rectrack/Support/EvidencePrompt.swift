import RecTrackCore
import RecTrackReports

/// Asks questions on the terminal and reads the answers, asking again until an answer passes its checks.
/// Questions and complaints go to standard error, so standard output keeps only the result.
struct EvidencePrompt {
    /// The input ended (Ctrl-D, or a closed terminal) before the question was answered.
    struct InputEnded: Error {}

    /// Columns for listings and complaints.
    let width: Int

    /// Asks until the answer parses and `problems` finds nothing wrong with it; an empty answer is nil when `optional`.
    /// `problems` returns errors (which make it ask again) and warnings (shown, then the answer is kept).
    func ask<T>(_ question: String, optional: Bool = false, _ parse: (String) -> Result<T, EvidenceDraftError>,
                problems: (T) -> (errors: [String], warnings: [String]) = { _ in ([], []) }) throws -> T? {
        while true {
            let answer = try read(question)
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
        ["y", "yes"].contains(try read(question + " (y/n)").trimmingWhitespace.lowercased())
    }

    /// Shows a complaint about an answer, indented under its question and wrapped to the terminal.
    func complain(_ message: String) {
        Console.error(TextWrap.text(message, width: width, indent: "  ", hanging: "    ") + "\n")
    }

    /// Shows text wrapped to the terminal.
    func say(_ text: String, indent: String = "", hanging: String? = nil) {
        Console.error(TextWrap.text(text, width: width, indent: indent, hanging: hanging) + "\n")
    }

    private func read(_ question: String) throws -> String {
        // A long question is wrapped like any text; the answer is typed after its last line.
        Console.error(TextWrap.text(question + ":", width: width) + " ")
        guard let line = readLine(strippingNewline: true) else {
            Console.error("\n")
            throw InputEnded()
        }
        return line
    }
}
