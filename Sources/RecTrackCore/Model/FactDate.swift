/// When a fact happened, as exactly as the source says: a day, a month or a year.
///
/// A partial date counts from its **last** day (`latest`), so a fact is never
/// used before it can have happened; it is "in the future" only when its
/// first day (`earliest`) is.
public struct FactDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// How much of the date is known.
    public enum Precision: String, Sendable, Codable {
        case day, month, year
    }

    /// The first day the text can mean.
    public let earliest: Day
    /// The last day the text can mean: the day the fact is certainly true by.
    public let latest: Day
    /// How much is known.
    public let precision: Precision

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public init?(_ text: String) {
        let utf8 = Array(text.utf8)
        switch utf8.count {
        case 10:
            guard let day = Day(text) else { return nil }
            self.init(day)
        case 7:
            guard utf8[4] == UInt8(ascii: "-"), let y = Day.number(utf8[0..<4]), let m = Day.number(utf8[5..<7]),
                  let first = Day(year: y, month: m, day: 1) else { return nil }
            self.init(earliest: first, latest: Day(year: y, month: m, day: Day.daysIn(month: m, year: y))!, precision: .month)
        case 4:
            guard let y = Day.number(utf8[0..<4]), let first = Day(year: y, month: 1, day: 1) else { return nil }
            self.init(earliest: first, latest: Day(year: y, month: 12, day: 31)!, precision: .year)
        default:
            return nil
        }
    }

    /// A date known to the day.
    public init(_ day: Day) {
        self.init(earliest: day, latest: day, precision: .day)
    }

    private init(earliest: Day, latest: Day, precision: Precision) {
        self.earliest = earliest
        self.latest = latest
        self.precision = precision
    }

    /// The date as it is written: `2019-07-22`, `2019-07` or `2019`.
    public var description: String {
        switch precision {
        case .day: return earliest.description
        case .month: return String(earliest.description.prefix(7))
        case .year: return String(earliest.description.prefix(4))
        }
    }

    /// Orders by the day the fact is certainly true by, then by precision.
    public static func < (lhs: FactDate, rhs: FactDate) -> Bool {
        if lhs.latest != rhs.latest { return lhs.latest < rhs.latest }
        return lhs.earliest < rhs.earliest
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = FactDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
