// One input of the command-line fuzz target (Fuzz/ArgumentsTarget.swift), shared with FuzzRegressionTests: the
// command line's own reading of dates (--as-of, --known-at, diff), quarters (check --quarter) and --bears-on.
// It uses nothing but the standard library and rectrack's own modules.
//
// Input: the first byte's low two bits choose the reader (0 a date, 1 a quarter, 2 a bears-on entry, 3 all three);
// the rest is the argument's text, as UTF-8 (invalid bytes repaired, as the command line's arguments are).

import RecTrackCore

enum ArgumentsFuzzCase {
    /// What is wrong with how the text was read, or nil: a reader never traps, never accepts a day outside the
    /// usable range, reads back what it accepted, and never quotes a control character in its message.
    static func problem(selector: UInt8, body: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: body, as: UTF8.self)
        switch selector & 3 {
        case 0: return dateProblem(text)
        case 1: return quarterProblem(text)
        case 2: return bearingProblem(text)
        default: return dateProblem(text) ?? quarterProblem(text) ?? bearingProblem(text)
        }
    }

    static func dateProblem(_ text: String) -> String? {
        switch DateInput.day(text) {
        case .success(let day):
            guard Quarter.usableDays.contains(day) else { return "'\(text)' gave \(day), outside the usable days" }
            guard case .success(let again) = DateInput.day(day.description), again == day else { return "\(day) does not read back" }
            if let quarter = Quarter(text), quarter.lastDay != day { return "quarter '\(text)' gave \(day), not its last day" }
            return nil
        case .failure(let problem):
            return controlProblem(problem.message)
        }
    }

    static func quarterProblem(_ text: String) -> String? {
        switch DateInput.quarter(text) {
        case .success(let quarter):
            guard Quarter.usableDays.contains(quarter.firstDay), Quarter.usableDays.contains(quarter.lastDay) else {
                return "'\(text)' gave \(quarter), outside the usable days"
            }
            guard Quarter(containing: quarter.firstDay) == quarter, Quarter(containing: quarter.lastDay) == quarter,
                  quarter.firstDay <= quarter.lastDay else { return "\(quarter)'s days are not its own" }
            guard case .success(let again) = DateInput.quarter(quarter.description), again == quarter else {
                return "\(quarter) does not read back"
            }
            return nil
        case .failure(let problem):
            return controlProblem(problem.message)
        }
    }

    static func bearingProblem(_ text: String) -> String? {
        switch EvidenceDraft.parseBearing(text) {
        case .success(let bearing):
            return bearing.recommendation.isEmpty ? "'\(text)' gave a bearing on no recommendation" : nil
        case .failure(let error):
            return controlProblem(error.message)
        }
    }

    /// A message that would put a control or bidirectional character on the terminal.
    static func controlProblem(_ message: String) -> String? {
        SafeText.forbiddenCharacter(in: message).map { "the message holds \($0): \(SafeText.neutralised(message))" }
    }
}
