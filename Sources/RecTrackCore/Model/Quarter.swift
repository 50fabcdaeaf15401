/// A calendar quarter such as 2025Q3, the period a snapshot covers.
public struct Quarter: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The year.
    public let year: Int
    /// 1–4.
    public let number: Int

    /// Creates a quarter; nil unless `number` is 1–4.
    public init?(year: Int, number: Int) {
        guard (1...4).contains(number), (1...9999).contains(year) else { return nil }
        self.year = year
        self.number = number
    }

    /// Parses `2025Q3` (a lower-case `q` is accepted).
    public init?(_ text: String) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 6, utf8[4] == UInt8(ascii: "Q") || utf8[4] == UInt8(ascii: "q"),
              let y = Day.number(utf8[0..<4]), let n = Day.number(utf8[5..<6]) else { return nil }
        self.init(year: y, number: n)
    }

    /// The quarter a day falls in.
    public init(containing day: Day) {
        year = day.year
        number = (day.month - 1) / 3 + 1
    }

    /// The quarter's first day.
    public var firstDay: Day { Day(year: year, month: (number - 1) * 3 + 1, day: 1)! }
    /// The quarter's last day, the date a quarter means wherever a date is expected.
    public var lastDay: Day {
        let month = number * 3
        return Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
    }
    /// The quarter before; the calendar's first quarter (0001Q1) is its own, so that no arithmetic ever traps.
    /// The command line refuses dates this close to the calendar's ends (``usableDays``).
    public var previous: Quarter { Quarter(year: number == 1 ? year - 1 : year, number: number == 1 ? 4 : number - 1) ?? self }
    /// The quarter after; the calendar's last quarter (9999Q4) is its own.
    public var next: Quarter { Quarter(year: number == 4 ? year + 1 : year, number: number == 4 ? 1 : number + 1) ?? self }
    /// The days the command line accepts: those whose quarter has a quarter before and after it, and a year
    /// before and after it, inside years 1–9999. Further out, "the previous quarter" would not exist.
    public static let usableDays = Day(year: 2, month: 1, day: 1)!...Day(year: 9998, month: 12, day: 31)!
    /// The last quarter that has ended by `day`.
    public static func lastComplete(before day: Day) -> Quarter { Quarter(containing: day).previous }

    /// `2025Q3`; the year has four digits (`0005Q1`), so a snapshot named after the quarter reads back.
    public var description: String {
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "Q\(number)"
    }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { (lhs.year, lhs.number) < (rhs.year, rhs.number) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let q = Quarter(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a quarter: \(text)"))
        }
        self = q
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Day {
    /// Parses a date the command line accepts: `YYYY-MM-DD`, or a quarter such as `2025Q3` meaning its last day.
    public init?(dateOrQuarter text: String) {
        if let day = Day(text) { self = day; return }
        if let quarter = Quarter(text) { self = quarter.lastDay; return }
        return nil
    }
}
