/// Why a date or quarter a person typed is not one, in the one wording every option, prompt and argument uses.
public enum DateProblem {
    /// What a place that asks for a date accepts.
    public enum Accepts: Sendable {
        /// A full date, `YYYY-MM-DD`.
        case day
        /// `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the day is not known.
        case factDate
        /// A full date or a quarter (`2025Q3`, meaning its last day).
        case dayOrQuarter
        /// A quarter, `2025Q3`.
        case quarter

        /// How to write it, after "write".
        var form: String {
            switch self {
            case .day: return "YYYY-MM-DD, such as 2025-09-30"
            case .factDate: return "YYYY-MM-DD, or YYYY-MM or YYYY when the day is not known"
            case .dayOrQuarter: return "YYYY-MM-DD (2025-09-30) or a quarter (2025Q3, meaning its last day)"
            case .quarter: return "the year and Q1 to Q4, such as 2025Q3"
            }
        }
    }

    /// Why `text` is not what `accepts` asks for, to follow "'text' is ": "not a real date: there is no 30 February 2026 (February 2026 has 28 days)",
    /// "not a date: write YYYY-MM-DD…", "not a quarter: …"; nil when it is fine.
    public static func problem(with text: String, accepting accepts: Accepts) -> String? {
        switch accepts {
        case .day where Day(text) != nil, .factDate where FactDate(text) != nil, .quarter where Quarter(text) != nil:
            return nil
        case .dayOrQuarter where Day(dateOrQuarter: text) != nil:
            return nil
        default:
            break
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let digits = parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { (48...57).contains($0) } }
        if digits, parts[0].count == 4, parts.count <= 3, parts.dropFirst().allSatisfy({ $0.count == 2 }), let year = Int(parts[0]) {
            if parts.count >= 2, let month = Int(parts[1]), !(1...12).contains(month) {
                return "not a real date: there is no month \(parts[1])"
            }
            if parts.count == 3, Day(text) == nil, let month = Int(parts[1]), let day = Int(parts[2]), year >= 1 {
                let monthName = "\(Day.monthNames[month - 1]) \(year)"
                return "not a real date: there is no \(day) \(monthName) (\(monthName) has \(Day.daysIn(month: month, year: year)) days)"
            }
            if accepts == .quarter {
                let example = Day(text).map { " (\(text) is in \(Quarter(containing: $0)))" } ?? ""
                return "a date, not a quarter: write \(accepts.form)\(example)"
            }
            if accepts != .factDate, year >= 1 { return "not a full date: write \(accepts.form)" }
        }
        if text.utf8.count == 6, [UInt8(ascii: "Q"), UInt8(ascii: "q")].contains(Array(text.utf8)[4]) {
            return "not a quarter: write the year and Q1 to Q4, such as 2025Q3"
        }
        if accepts == .quarter { return "not a quarter: write \(accepts.form)" }
        return "not a date: write \(accepts.form)"
    }
}
