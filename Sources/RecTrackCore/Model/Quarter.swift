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
    public var lastDay: Day { next.firstDay.adding(days: -1) }
    /// The quarter before.
    public var previous: Quarter { number == 1 ? Quarter(year: year - 1, number: 4)! : Quarter(year: year, number: number - 1)! }
    /// The quarter after.
    public var next: Quarter { number == 4 ? Quarter(year: year + 1, number: 1)! : Quarter(year: year, number: number + 1)! }
    /// The last quarter that has ended by `day`.
    public static func lastComplete(before day: Day) -> Quarter { Quarter(containing: day).previous }

    /// `2025Q3`.
    public var description: String { "\(year)Q\(number)" }

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
