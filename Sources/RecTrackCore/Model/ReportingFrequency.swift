/// How often a statistic is published and for which dates (`frequency:` in `Recommendations/metrics.yaml`),
/// e.g. every year for 30 September, published within 6 months.
public struct ReportingFrequency: Sendable, Hashable, Codable {
    /// The time between two periods.
    public let every: TimeSpan
    /// One period the series reports; the others are whole steps of ``every`` before or after it.
    public let period: Day
    /// The longest expected time from a period to the publication of its figure.
    public let publishedWithin: TimeSpan

    /// Creates a frequency; spans are kept within what `TimeSpan` can parse (up to 100 years, and at
    /// least one day for ``every``), so that date arithmetic never overflows.
    public init(every: TimeSpan, period: Day, publishedWithin: TimeSpan) {
        self.every = ReportingFrequency.bounded(every, least: 1)
        self.period = period
        self.publishedWithin = ReportingFrequency.bounded(publishedWithin, least: 0)
    }

    private enum CodingKeys: String, CodingKey {
        case every, period, publishedWithin
    }

    /// Decodes a frequency through the bounds of ``init(every:period:publishedWithin:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(every: try container.decode(TimeSpan.self, forKey: .every), period: try container.decode(Day.self, forKey: .period),
                  publishedWithin: try container.decode(TimeSpan.self, forKey: .publishedWithin))
    }

    /// The `index`-th period after ``period`` (before it when negative), computed from ``period`` itself so
    /// that a period on the 31st is never pulled back for good by a shorter month; a period beyond the
    /// calendar (years 1–9999) gives the calendar's first or last day.
    public func period(at index: Int) -> Day {
        exactPeriod(at: index) ?? (index < 0 ? Day.earliest : Day.latest)
    }

    /// The latest period on or before `day`, or nil when there is none in the calendar.
    public func latestPeriod(onOrBefore day: Day) -> Day? {
        index(ofLatestOnOrBefore: day).flatMap(exactPeriod(at:))
    }

    /// The latest period whose figure should be out by `day` (the period plus ``publishedWithin`` is not
    /// after it); nil when there is none in the calendar.
    public func latestDuePeriod(asOf day: Day) -> Day? {
        let lag = ReportingFrequency.steps(publishedWithin.count, publishedWithin.unit)
        guard let published = ReportingFrequency.shifted(day, by: lag.negated),
              var index = index(ofLatestOnOrBefore: published) else { return nil }
        // Months end on different days, so the estimate may be one period out either way.
        if let next = exactPeriod(at: index + 1), isDue(next, by: day) { index += 1 }
        for _ in 0..<3 {
            guard let candidate = exactPeriod(at: index) else { return nil }
            if isDue(candidate, by: day) { return candidate }
            index -= 1
        }
        return nil
    }

    /// The day a period's figure should be out by (the calendar's last day when that is beyond it).
    public func due(_ period: Day) -> Day {
        ReportingFrequency.shifted(period, by: ReportingFrequency.steps(publishedWithin.count, publishedWithin.unit)) ?? Day.latest
    }

    /// A due date beyond the calendar's end is never reached.
    private func isDue(_ period: Day, by day: Day) -> Bool {
        guard let due = ReportingFrequency.shifted(period, by: ReportingFrequency.steps(publishedWithin.count, publishedWithin.unit)) else { return false }
        return due <= day
    }

    private func exactPeriod(at index: Int) -> Day? {
        let (count, overflow) = index.multipliedReportingOverflow(by: every.count)
        if overflow { return nil }
        return ReportingFrequency.shifted(period, by: ReportingFrequency.steps(count, every.unit))
    }

    private func index(ofLatestOnOrBefore day: Day) -> Int? {
        var index: Int
        switch every.unit {
        case .days:
            index = ReportingFrequency.floorDivide(day.ordinal - period.ordinal, every.count)
        case .months, .years:
            let months = (day.year * 12 + day.month) - (period.year * 12 + period.month)
            index = ReportingFrequency.floorDivide(months, every.count * (every.unit == .years ? 12 : 1))
        }
        // The estimate is at most one period out; a few steps settle it.
        for _ in 0..<3 {
            guard let current = exactPeriod(at: index), current > day else { break }
            index -= 1
        }
        for _ in 0..<3 {
            guard let next = exactPeriod(at: index + 1), next <= day else { break }
            index += 1
        }
        guard let found = exactPeriod(at: index), found <= day else { return nil }
        return index
    }

    /// A move by a number of days or of months.
    private enum Steps {
        case days(Int), months(Int)

        var negated: Steps {
            switch self {
            case .days(let n): return .days(0 &- n)
            case .months(let n): return .months(0 &- n)
            }
        }
    }

    private static func steps(_ count: Int, _ unit: TimeSpan.Unit) -> Steps {
        switch unit {
        case .days: return .days(count)
        case .months: return .months(count)
        case .years:
            let (months, overflow) = count.multipliedReportingOverflow(by: 12)
            return .months(overflow ? (count < 0 ? Int.min : Int.max) : months)
        }
    }

    /// `day` moved, or nil when that leaves the calendar (years 1–9999).
    private static func shifted(_ day: Day, by steps: Steps) -> Day? {
        switch steps {
        case .days(let n):
            let (ordinal, overflow) = day.ordinal.addingReportingOverflow(n)
            guard !overflow, (Day.earliest.ordinal...Day.latest.ordinal).contains(ordinal) else { return nil }
            return Day(ordinal: ordinal)
        case .months(let n):
            let (month, overflow) = (day.year * 12 + day.month - 1).addingReportingOverflow(n)
            guard !overflow, (12...(9999 * 12 + 11)).contains(month) else { return nil }
            return day.adding(months: n)
        }
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let quotient = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
    }

    private static func bounded(_ span: TimeSpan, least: Int) -> TimeSpan {
        let most: Int
        switch span.unit {
        case .days: most = 36_600
        case .months: most = 1_200
        case .years: most = 100
        }
        return TimeSpan(min(most, max(least, span.count)), span.unit)
    }
}
