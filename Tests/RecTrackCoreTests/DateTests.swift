import Testing
import RecTrackCore

@Suite("Days, partial dates, quarters and spans")
struct DateTests {
    @Test(arguments: ["2023-02-30", "2023-13-01", "2023-00-10", "2023-2-3", "23-02-03", "2023/02/03", "", "2023-02-3x"])
    func refusesImpossibleDays(_ text: String) {
        #expect(Day(text) == nil)
    }

    @Test func leapYears() {
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2023-02-29") == nil)
        #expect(Day("2000-02-29") != nil)
        #expect(Day("1900-02-29") == nil)
    }

    @Test func daysAreWrittenWithFourDigitYearsAndTwoDigitMonthsAndDays() {
        #expect(Day(year: 7, month: 1, day: 2)!.description == "0007-01-02")
        #expect(Day(year: 9999, month: 12, day: 31)!.description == "9999-12-31")
        #expect(Day(year: 2017, month: 10, day: 9)!.description == "2017-10-09")
        var day = Day(year: 1999, month: 12, day: 25)!
        for _ in 0..<800 {
            #expect(Day(day.description) == day)
            day = day.adding(days: 17)
        }
    }

    @Test func ordinalRoundTrips() {
        let day = Day(year: 2017, month: 3, day: 21)!
        #expect(Day(ordinal: day.ordinal) == day)
        #expect(Day(year: 1970, month: 1, day: 1)!.ordinal == 0)
        #expect(day.adding(days: 365).description == "2018-03-21")
        #expect(Day(year: 2024, month: 1, day: 31)!.adding(months: 1).description == "2024-02-29")
    }

    @Test func partialDatesCountFromTheirLastDay() {
        let month = FactDate("2021-09")!
        #expect(month.earliest.description == "2021-09-01")
        #expect(month.latest.description == "2021-09-30")
        #expect(month.description == "2021-09")
        let year = FactDate("2019")!
        #expect(year.latest.description == "2019-12-31")
        #expect(FactDate("2019-13") == nil)
        #expect(FactDate("2019-07-22")! < FactDate("2019-07")!)
    }

    @Test func quarters() {
        let quarter = Quarter("2025Q3")!
        #expect(quarter.lastDay.description == "2025-09-30")
        #expect(quarter.previous.description == "2025Q2")
        #expect(Quarter("2025Q1")!.previous.description == "2024Q4")
        #expect(Quarter.lastComplete(before: Day("2026-11-23")!).description == "2026Q3")
        #expect(Quarter("2025Q5") == nil)
        #expect(Day(dateOrQuarter: "2025q4")?.description == "2025-12-31")
    }

    @Test func timeSpans() {
        #expect(TimeSpan("12 months")?.before(Day("2026-11-23")!).description == "2025-11-23")
        #expect(TimeSpan("1 year")?.description == "1 year")
        #expect(TimeSpan("90 days")?.before(Day("2026-01-01")!).description == "2025-10-03")
        #expect(TimeSpan("a while") == nil)
        #expect(TimeSpan("0 days") == nil)
    }
}

@Suite("Quarter arithmetic is total")
struct QuarterEdgeTests {
    @Test("the calendar's first and last quarters have a last day, a previous and a next, and never trap")
    func ends() {
        let first = Quarter(year: 1, number: 1)!, last = Quarter(year: 9999, number: 4)!
        #expect(first.previous == first && first.next == Quarter(year: 1, number: 2)!)
        #expect(last.next == last && last.previous == Quarter(year: 9999, number: 3)!)
        #expect(last.lastDay == Day.latest && first.firstDay == Day.earliest)
        #expect(Quarter(containing: Day.latest).lastDay == Day.latest)
        #expect(Quarter.lastComplete(before: Day.earliest) == first)
    }

    @Test("a low year's quarter is written with four digits and reads back")
    func lowYearsReadBack() {
        let quarter = Quarter(year: 5, number: 1)!
        #expect(quarter.description == "0005Q1")
        #expect(Quarter(quarter.description) == quarter)
        #expect(Quarter(year: 2026, number: 4)!.description == "2026Q4")
    }
}

/// What is wrong with a date or quarter someone typed: the same words wherever one is asked for.
struct DateProblemTests {
    @Test(arguments: [
        ("2026-02-29", DateProblem.Accepts.day, "not a real date: there is no 29 February 2026 (February 2026 has 28 days)"),
        ("2026-02-29", .factDate, "not a real date: there is no 29 February 2026 (February 2026 has 28 days)"),
        ("2026-02-29", .dayOrQuarter, "not a real date: there is no 29 February 2026 (February 2026 has 28 days)"),
        ("2026-13", .factDate, "not a real date: there is no month 13"),
        ("2026-00-10", .day, "not a real date: there is no month 00"),
        ("2026-04", .day, "not a full date: write YYYY-MM-DD, such as 2025-09-30"),
        ("2026-09-30", .quarter, "a date, not a quarter: write the year and Q1 to Q4, such as 2025Q3 (2026-09-30 is in 2026Q3)"),
        ("2026Q5", .dayOrQuarter, "not a quarter: write the year and Q1 to Q4, such as 2025Q3"),
        ("soon", .factDate, "not a date: write YYYY-MM-DD, or YYYY-MM or YYYY when the day is not known"),
        ("soon", .quarter, "not a quarter: write the year and Q1 to Q4, such as 2025Q3"),
    ])
    func problems(_ text: String, _ accepts: DateProblem.Accepts, _ expected: String) {
        #expect(DateProblem.problem(with: text, accepting: accepts) == expected)
    }

    @Test("a date or quarter that is fine has no problem", arguments: [
        ("2024-02-29", DateProblem.Accepts.day), ("2026-04", .factDate), ("2026", .factDate), ("2026Q4", .quarter),
        ("2026q4", .dayOrQuarter), ("2026-09-30", .dayOrQuarter),
    ])
    func fine(_ text: String, _ accepts: DateProblem.Accepts) {
        #expect(DateProblem.problem(with: text, accepting: accepts) == nil)
    }
}
