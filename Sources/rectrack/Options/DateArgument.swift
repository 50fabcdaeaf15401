import ArgumentParser
import RecTrackCore

/// A date or quarter on the command line, refused with a message that says what is wrong with it.
struct DateArgument {
    let day: Day
    /// The quarter, when one was given rather than a date.
    let quarter: Quarter?

    /// Reads `2025-09-30` or `2025Q3` (its last day); throws a usage error naming the problem.
    static func parse(_ text: String) throws -> DateArgument {
        guard let day = Day(dateOrQuarter: text) else {
            throw ValidationError(DateProblem.problem(with: text, accepting: .dayOrQuarter) ?? "not a date")
        }
        guard Quarter.usableDays.contains(day) else {
            throw ValidationError("outside the dates rectrack works with (\(Quarter.usableDays.lowerBound) to \(Quarter.usableDays.upperBound))")
        }
        return DateArgument(day: day, quarter: Quarter(text))
    }
}

/// A quarter on the command line: `2026Q4` (or `2026q4`).
struct QuarterArgument {
    let quarter: Quarter

    /// Reads `2026Q4`; throws a usage error naming the problem.
    static func parse(_ text: String) throws -> QuarterArgument {
        guard let quarter = Quarter(text) else {
            throw ValidationError(DateProblem.problem(with: text, accepting: .quarter) ?? "not a quarter")
        }
        guard Quarter.usableDays.contains(quarter.firstDay), Quarter.usableDays.contains(quarter.lastDay) else {
            throw ValidationError("outside the quarters rectrack works with (\(Quarter(containing: Quarter.usableDays.lowerBound)) to \(Quarter(containing: Quarter.usableDays.upperBound)))")
        }
        return QuarterArgument(quarter: quarter)
    }
}
