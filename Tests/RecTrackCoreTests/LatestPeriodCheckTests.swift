import Foundation
import Testing
import RecTrackCore
import RecTrackTestSupport

@Suite("Reporting frequency and the latest period's figure")
struct LatestPeriodCheckTests {
    static func day(_ text: String) -> Day { Day(text)! }
    /// The workforce statistics: every 30 September, published by the following March.
    static let workforce = ReportingFrequency(every: TimeSpan(1, .years), period: day("2024-09-30"), publishedWithin: TimeSpan(6, .months))

    @Test("a period's figure is expected once its publication time has passed (docs/file-formats.md's example)")
    func duePeriods() {
        #expect(Self.workforce.due(Self.day("2024-09-30")) == Self.day("2025-03-30"))
        #expect(Self.workforce.latestDuePeriod(asOf: Self.day("2025-03-29")) == Self.day("2023-09-30"))
        #expect(Self.workforce.latestDuePeriod(asOf: Self.day("2025-03-30")) == Self.day("2024-09-30"))
        #expect(Self.workforce.latestDuePeriod(asOf: Self.day("2026-11-23")) == Self.day("2025-09-30"))
        #expect(Self.workforce.latestDuePeriod(asOf: Self.day("2017-01-01")) == Self.day("2015-09-30"))
        // Five months after 30 September is 28 February, not 2 March: February is short.
        let february = ReportingFrequency(every: TimeSpan(1, .years), period: Self.day("2024-09-30"), publishedWithin: TimeSpan(5, .months))
        #expect(february.due(Self.day("2024-09-30")) == Self.day("2025-02-28"))
        #expect(february.latestDuePeriod(asOf: Self.day("2025-02-28")) == Self.day("2024-09-30"))
        #expect(february.latestDuePeriod(asOf: Self.day("2025-02-27")) == Self.day("2023-09-30"))
    }

    @Test("says whether the latest expected period has a figure")
    func check() {
        let observed = ["2016-09-30", "2019-09-30", "2023-09-30"].map(Self.day)
        let before = LatestPeriodCheck(frequency: Self.workforce, observedPeriods: observed, asOf: Self.day("2025-03-29"))
        #expect(before.expectedPeriod == Self.day("2023-09-30"))
        #expect(before.latestObserved == Self.day("2023-09-30"))
        #expect(before.latestPeriodObserved)
        let after = LatestPeriodCheck(frequency: Self.workforce, observedPeriods: observed, asOf: Self.day("2025-04-01"))
        #expect(after.expectedPeriod == Self.day("2024-09-30"))
        #expect(!after.latestPeriodObserved)
        // A figure for a period after the date is not counted; an early figure for a later period is.
        let future = LatestPeriodCheck(frequency: Self.workforce, observedPeriods: [Self.day("2025-09-30")], asOf: Self.day("2025-04-01"))
        #expect(future.latestObserved == nil)
        #expect(!future.latestPeriodObserved)
        let early = LatestPeriodCheck(frequency: Self.workforce, observedPeriods: [Self.day("2025-09-30")], asOf: Self.day("2025-12-01"))
        #expect(early.latestPeriodObserved)
        #expect(!LatestPeriodCheck(frequency: Self.workforce, observedPeriods: [], asOf: Self.day("2025-12-01")).latestPeriodObserved)
    }

    @Test("periods on the 31st keep to month ends, and steps of months or years count from the anchor")
    func monthEnds() {
        let quarterly = ReportingFrequency(every: TimeSpan(3, .months), period: Self.day("2017-03-31"), publishedWithin: TimeSpan(0, .days))
        #expect((0...4).map { quarterly.period(at: $0).description } == ["2017-03-31", "2017-06-30", "2017-09-30", "2017-12-31", "2018-03-31"])
        #expect(quarterly.period(at: -1) == Self.day("2016-12-31"))
        #expect(quarterly.latestPeriod(onOrBefore: Self.day("2017-12-30")) == Self.day("2017-09-30"))
        #expect(quarterly.latestPeriod(onOrBefore: Self.day("2017-12-31")) == Self.day("2017-12-31"))
        let biennial = ReportingFrequency(every: TimeSpan(2, .years), period: Self.day("2016-02-29"), publishedWithin: TimeSpan(90, .days))
        #expect(biennial.latestPeriod(onOrBefore: Self.day("2019-06-01")) == Self.day("2018-02-28"))
        #expect(biennial.latestPeriod(onOrBefore: Self.day("2020-03-01")) == Self.day("2020-02-29"))
        #expect(biennial.latestDuePeriod(asOf: Self.day("2020-05-29")) == Self.day("2020-02-29"))
        #expect(biennial.latestDuePeriod(asOf: Self.day("2020-05-28")) == Self.day("2018-02-28"))
        let weekly = ReportingFrequency(every: TimeSpan(7, .days), period: Self.day("2024-01-05"), publishedWithin: TimeSpan(3, .days))
        #expect(weekly.latestDuePeriod(asOf: Self.day("2023-12-31")) == Self.day("2023-12-22"))
    }

    @Test("the latest due period is due, and the one after it is not, for any frequency and date", arguments: 0..<20)
    func property(seed: Int) {
        var rng = XorShiftRandom(seed: UInt64(seed))
        let units: [TimeSpan.Unit] = [.days, .months, .years]
        for _ in 0..<200 {
            let every = TimeSpan(1 + Int(rng.next() % 13), units[Int(rng.next() % 3)])
            let anchor = Day(ordinal: Int(rng.next() % 40_000) - 10_000)
            let lag = TimeSpan(Int(rng.next() % 13), units[Int(rng.next() % 3)])
            let frequency = ReportingFrequency(every: every, period: anchor, publishedWithin: lag)
            let asOf = Day(ordinal: Int(rng.next() % 40_000) - 10_000)
            guard let due = frequency.latestDuePeriod(asOf: asOf) else {
                Issue.record("no due period for \(every) from \(anchor) as of \(asOf)")
                continue
            }
            #expect(frequency.due(due) <= asOf)
            let index = (-3...3).first { frequency.period(at: $0 + Self.offset(of: due, in: frequency)) == due }
            #expect(index != nil, "\(due) is not a period of \(every) from \(anchor)")
            if let index {
                let next = frequency.period(at: index + Self.offset(of: due, in: frequency) + 1)
                #expect(frequency.due(next) > asOf, "\(next) is due by \(asOf) too")
            }
        }
    }

    /// A rough index of `day` among the periods, for the property test to search around.
    static func offset(of day: Day, in frequency: ReportingFrequency) -> Int {
        let years = frequency.period.years(until: day)
        switch frequency.every.unit {
        case .days: return (day.ordinal - frequency.period.ordinal) / frequency.every.count
        case .months: return Int((years * 12).rounded()) / frequency.every.count
        case .years: return Int(years.rounded()) / frequency.every.count
        }
    }

    @Test("the ends of the calendar give an answer, never a trap")
    func calendarEnds() {
        let yearly = ReportingFrequency(every: TimeSpan(1, .years), period: Self.day("2024-09-30"), publishedWithin: TimeSpan(100, .years))
        #expect(yearly.latestDuePeriod(asOf: Day.earliest) == nil)
        #expect(LatestPeriodCheck(frequency: yearly, observedPeriods: [], asOf: Day.earliest).latestPeriodObserved)
        let prompt = ReportingFrequency(every: TimeSpan(1, .years), period: Self.day("2024-09-30"), publishedWithin: TimeSpan(0, .days))
        #expect(prompt.latestDuePeriod(asOf: Day.latest) == Self.day("9999-09-30"))
        // Spans beyond what a file can say are kept within it, rather than overflowing.
        let huge = ReportingFrequency(every: TimeSpan(Int.max, .years), period: Self.day("2024-09-30"), publishedWithin: TimeSpan(Int.min, .days))
        #expect(huge.every == TimeSpan(100, .years))
        #expect(huge.publishedWithin == TimeSpan(0, .days))
        #expect(huge.period(at: Int.max) == Day.latest)
        #expect(huge.period(at: Int.min) == Day.earliest)
    }
}
