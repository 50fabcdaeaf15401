#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A calendar day, with no time and no time zone: the unit every rectrack date is in.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The year, e.g. 2017.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// Creates a day when the three numbers name a real date (no 30 February).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil when the text has another shape or names no real date.
    public init?(_ text: String) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-"),
              let y = Day.number(utf8[0..<4]), let m = Day.number(utf8[5..<7]), let d = Day.number(utf8[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        // Written digit by digit: dates are formatted by the hundred thousand (ids, JSON), and interpolation allocates.
        String(unsafeUninitializedCapacity: 10) { buffer in
            func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(value % 10) }
            buffer[0] = digit(year / 1000); buffer[1] = digit(year / 100); buffer[2] = digit(year / 10); buffer[3] = digit(year)
            buffer[4] = UInt8(ascii: "-"); buffer[5] = digit(month / 10); buffer[6] = digit(month)
            buffer[7] = UInt8(ascii: "-"); buffer[8] = digit(day / 10); buffer[9] = digit(day)
            return 10
        }
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1970-01-01 (negative before).
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day `ordinal` days after 1970-01-01.
    public init(ordinal: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The first and last days rectrack can represent.
    public static let earliest = Day(year: 1, month: 1, day: 1)!
    public static let latest = Day(year: 9999, month: 12, day: 31)!

    /// This day moved by `days` (negative moves back), kept within years 1–9999.
    public func adding(days: Int) -> Day {
        let (sum, overflow) = ordinal.addingReportingOverflow(days)
        if overflow { return days < 0 ? Day.earliest : Day.latest }
        return min(Day.latest, max(Day.earliest, Day(ordinal: sum)))
    }

    /// This day moved by whole months, clamped to the end of a shorter month and to years 1–9999.
    public func adding(months: Int) -> Day {
        let (total, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        if overflow || total < 12 { return overflow && months > 0 ? Day.latest : Day.earliest }
        let y = total / 12, m = total % 12 + 1
        if y > 9999 { return Day.latest }
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))!
    }

    /// The number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Today in local time, or the day in `RECTRACK_TODAY` when set (for reproducible tests).
    public static func today() -> Day {
        if let fixed = getenv("RECTRACK_TODAY").map({ String(cString: $0) }), let day = Day(fixed) {
            return day
        }
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }

    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
