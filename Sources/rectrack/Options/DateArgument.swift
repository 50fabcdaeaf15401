import ArgumentParser
import RecTrackCore

/// A date or quarter on the command line, refused with a message that says what is wrong with it (``DateInput``).
struct DateArgument {
    let day: Day
    /// The quarter, when one was given rather than a date.
    let quarter: Quarter?

    /// Reads `2025-09-30` or `2025Q3` (its last day); throws a usage error naming the problem.
    static func parse(_ text: String) throws -> DateArgument {
        switch DateInput.day(text) {
        case .success(let day): return DateArgument(day: day, quarter: Quarter(text))
        case .failure(let problem): throw ValidationError(problem.message)
        }
    }
}

/// A quarter on the command line: `2026Q4` (or `2026q4`).
struct QuarterArgument {
    let quarter: Quarter

    /// Reads `2026Q4`; throws a usage error naming the problem.
    static func parse(_ text: String) throws -> QuarterArgument {
        switch DateInput.quarter(text) {
        case .success(let quarter): return QuarterArgument(quarter: quarter)
        case .failure(let problem): throw ValidationError(problem.message)
        }
    }
}
