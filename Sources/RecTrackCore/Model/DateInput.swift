/// A date or quarter as a person types it on the command line (`--as-of`, `--known-at`, `check --quarter`, `diff`),
/// read with a message that says what is wrong with it (in ``DateProblem``'s words). Kept apart from the command line
/// so that it can be fuzzed.
public enum DateInput {
    /// Why a text is not a usable date or quarter, in words that end with how to write one.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// The message.
        public let message: String

        public var description: String { message }
    }

    /// Reads `2025-09-30` or `2025Q3` (its last day), within ``Quarter/usableDays``.
    public static func day(_ text: String) -> Result<Day, Problem> {
        guard let day = Day(dateOrQuarter: text) else {
            return .failure(Problem(message: DateProblem.problem(with: text, accepting: .dayOrQuarter) ?? "not a date"))
        }
        guard Quarter.usableDays.contains(day) else {
            return .failure(Problem(message: "outside the dates rectrack works with (\(Quarter.usableDays.lowerBound) to \(Quarter.usableDays.upperBound))"))
        }
        return .success(day)
    }

    /// Reads `2026Q4` (or `2026q4`), a quarter whose days are all within ``Quarter/usableDays``.
    public static func quarter(_ text: String) -> Result<Quarter, Problem> {
        guard let quarter = Quarter(text) else {
            return .failure(Problem(message: DateProblem.problem(with: text, accepting: .quarter) ?? "not a quarter"))
        }
        guard Quarter.usableDays.contains(quarter.firstDay), Quarter.usableDays.contains(quarter.lastDay) else {
            return .failure(Problem(message: "outside the quarters rectrack works with (\(Quarter(containing: Quarter.usableDays.lowerBound)) to \(Quarter(containing: Quarter.usableDays.upperBound)))"))
        }
        return .success(quarter)
    }
}
