import ArgumentParser
import RecTrackCore

/// A date or quarter on the command line, refused with a message that says what is wrong with it.
struct DateArgument {
    let day: Day

    /// Reads `2025-09-30` or `2025Q3` (its last day); throws a usage error naming the problem.
    static func parse(_ text: String) throws -> DateArgument {
        guard let day = Day(dateOrQuarter: text) else { throw ValidationError(DateArgument.problem(with: text)) }
        guard Quarter.usableDays.contains(day) else {
            throw ValidationError("outside the dates rectrack works with (\(Quarter.usableDays.lowerBound) to \(Quarter.usableDays.upperBound))")
        }
        return DateArgument(day: day)
    }

    /// Why `text` is not a date or a quarter: a day that does not exist, a quarter numbered other than 1–4, or the wrong form.
    static func problem(with text: String) -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
           parts[0].count == 4, parts[1].count == 2, parts[2].count == 2, let year = Int(parts[0]), let month = Int(parts[1]) {
            if !(1...12).contains(month) { return "there is no month \(parts[1]); write YYYY-MM-DD" }
            if year >= 1 { return "that day does not exist: \(Day.monthNames[month - 1]) \(year) has \(Day.daysIn(month: month, year: year)) days" }
        }
        if text.count == 6, let q = text.uppercased().firstIndex(of: "Q"), text.distance(from: text.startIndex, to: q) == 4 {
            return "not a quarter: write the year and Q1 to Q4, such as 2025Q3"
        }
        return "not a date: write YYYY-MM-DD (2025-09-30) or a quarter (2025Q3, meaning its last day)"
    }
}

/// A quarter on the command line: `2026Q4` (or `2026q4`).
struct QuarterArgument {
    let quarter: Quarter

    /// Reads `2026Q4`; throws a usage error naming the problem.
    static func parse(_ text: String) throws -> QuarterArgument {
        guard let quarter = Quarter(text) else {
            throw ValidationError("not a quarter: write the year and Q1 to Q4, such as 2025Q3")
        }
        guard Quarter.usableDays.contains(quarter.firstDay), Quarter.usableDays.contains(quarter.lastDay) else {
            throw ValidationError("outside the quarters rectrack works with (\(Quarter(containing: Quarter.usableDays.lowerBound)) to \(Quarter(containing: Quarter.usableDays.upperBound)))")
        }
        return QuarterArgument(quarter: quarter)
    }
}
