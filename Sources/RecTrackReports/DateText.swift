import RecTrackCore

/// Dates as people in Parliament read them: "30 September 2026", "May 2025", "2017".
public enum DateText {
    static let months = Day.monthNames

    /// "30 September 2026".
    public static func long(_ day: Day) -> String {
        "\(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// "30 Sep 2026".
    public static func short(_ day: Day) -> String { day.shortWords }

    /// A fact's date as exactly as it is known: "30 Sep 2026", "Sep 2026" or "2026".
    public static func short(_ date: FactDate) -> String {
        switch date.precision {
        case .day: return short(date.earliest)
        case .month: return "\(months[date.earliest.month - 1].prefix(3)) \(date.earliest.year)"
        case .year: return String(date.earliest.year)
        }
    }

    /// A fact's date in full words: "30 September 2026", "September 2026" or "2026".
    public static func long(_ date: FactDate) -> String {
        switch date.precision {
        case .day: return long(date.earliest)
        case .month: return "\(months[date.earliest.month - 1]) \(date.earliest.year)"
        case .year: return String(date.earliest.year)
        }
    }
}
