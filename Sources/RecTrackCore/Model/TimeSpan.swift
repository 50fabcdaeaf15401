/// A length of time written as `N days`, `N months` or `N years`.
public struct TimeSpan: Sendable, Hashable, CustomStringConvertible, Codable {
    /// The unit.
    public enum Unit: String, Sendable, Codable, CaseIterable {
        case days, months, years
    }

    // Stored properties in the order of their JSON keys' bytes: the JSON writer writes each member as it comes, with
    // nothing to move (checked by SortedJSONWriterTests).
    /// How many units.
    public let count: Int
    /// Which unit.
    public let unit: Unit

    /// Creates a span.
    public init(_ count: Int, _ unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// Parses `12 months`, `1 year`, `90 days`.
    public init?(_ text: String) {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 2, let n = Int(words[0]), n > 0 else { return nil }
        var word = String(words[1]).lowercased()
        if !word.hasSuffix("s") { word += "s" }
        guard let unit = Unit(rawValue: word) else { return nil }
        // At most 100 years: enough for any staleness rule, and date arithmetic stays within the calendar.
        let limit: Int
        switch unit {
        case .days: limit = 36_600
        case .months: limit = 1_200
        case .years: limit = 100
        }
        guard n <= limit else { return nil }
        self.init(n, unit)
    }

    /// The day this span before `day`.
    public func before(_ day: Day) -> Day {
        switch unit {
        case .days: return day.adding(days: -count)
        case .months: return day.adding(months: -count)
        case .years: return day.adding(months: -12 * count)
        }
    }

    /// `12 months`.
    public var description: String {
        "\(count) \(count == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue)"
    }
}
