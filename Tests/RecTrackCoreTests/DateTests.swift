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

@Suite("Owners and their names over time")
struct OwnerTests {
    let directory = OwnerDirectory([
        Owner(id: "DCLG", name: "Department for Communities and Local Government", aliases: ["Communities and Local Government"],
              renames: [
                  Owner.Rename(to: "MHCLG", name: "Ministry of Housing, Communities and Local Government", from: FactDate("2018-01-08")!),
                  Owner.Rename(to: "DLUHC", name: "Department for Levelling Up, Housing and Communities", from: FactDate("2021-09")!),
                  Owner.Rename(to: "MHCLG", name: "Ministry of Housing, Communities and Local Government", from: FactDate("2024-07-08")!),
              ]),
        Owner(id: "DfE", name: "Department for Education"),
    ])

    @Test(arguments: [
        ("DCLG", "2017-12-19", "DCLG"), ("MHCLG", "2019-05-01", "DCLG"), ("DLUHC", "2022-05-23", "DCLG"),
        ("MHCLG", "2025-06-20", "DCLG"), ("DLUHC", "2021-09-05", "DCLG"), ("MHCLG", "2021-09-25", "DCLG"),
        ("Communities and Local Government", "2023-01-01", "DCLG"),
        ("Department for Levelling Up, Housing and Communities", "2022-01-01", "DCLG"),
    ])
    func resolves(name: String, day: String, owner: String) {
        #expect(directory.resolve(name, on: Day(day)!) == .owner(owner))
    }

    @Test func wrongNameForTheDate() {
        #expect(directory.resolve("DLUHC", on: Day("2019-05-01")!) == .wrongDate(owner: "DCLG", expected: "MHCLG"))
        #expect(directory.resolve("MHCLG", on: Day("2017-05-01")!) == .wrongDate(owner: "DCLG", expected: "DCLG"))
        #expect(directory.resolve("DCLG", on: Day("2019-05-01")!) == .wrongDate(owner: "DCLG", expected: "MHCLG"))
        #expect(directory.resolve("Home Office", on: Day("2019-05-01")!) == .unknown)
    }
}

@Suite("Did you mean")
struct SuggestionTests {
    @Test func closeWords() {
        #expect(Suggestion.closest(to: "bears_on", in: ["bears-on", "id", "date"]) == "bears-on")
        #expect(Suggestion.closest(to: "sumary", in: ["summary", "supersedes"]) == "summary")
        #expect(Suggestion.closest(to: "recieved", in: ["recorded"]) == nil)
        #expect(Suggestion.closest(to: "colour", in: ["id", "date"]) == nil)
        #expect(Suggestion.didYouMean("progress", in: ["progresses", "achieves"]) == " Did you mean 'progresses'?")
    }

    @Test func numberedRecommendations() {
        #expect(RecommendationReference.hint("R13", known: (1...12).map { "R\($0)" }) == " The tracker has R1 to R12.")
    }
}

@Suite("The YAML loader")
struct YAMLParserTests {
    func parse(_ text: String) throws(YAMLError) -> YAMLNode { try YAMLParser.parse(Array(text.utf8)) }

    @Test("scalars stay text: no, yes, dates and numbers are not typed")
    func scalarsStayText() throws {
        let node = try parse("a: no\nb: 2017-03-21\nc: 013\nd: 'quoted'\ne:\n")
        guard case .mapping(let entries) = node.content else { Issue.record("not a mapping"); return }
        #expect(entries.map(\.key) == ["a", "b", "c", "d", "e"])
        #expect(entries.map { $0.value.scalar } == ["no", "2017-03-21", "013", "quoted", ""])
        #expect(entries[4].value.isNull)
        #expect(!entries[3].value.isNull)
    }

    @Test("every node keeps its line and column")
    func locations() throws {
        let node = try parse("# comment\nlist:\n  - one\n  - {k: v}\n")
        guard case .mapping(let entries) = node.content, case .sequence(let items) = entries[0].value.content else {
            Issue.record("unexpected shape"); return
        }
        #expect(entries[0].keyLocation == SourceLocation(line: 2, column: 1))
        #expect(items[0].location == SourceLocation(line: 3, column: 5))
        #expect(items[1].location == SourceLocation(line: 4, column: 5))
    }

    @Test("an alias bomb is refused at its first alias, before any expansion")
    func billionLaughs() {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1..<9 { text += "\(Character(UnicodeScalar(97 + i)!)): &\(Character(UnicodeScalar(97 + i)!)) [" + Array(repeating: "*\(Character(UnicodeScalar(96 + i)!))", count: 9).joined(separator: ", ") + "]\n" }
        #expect(throws: YAMLError("anchors ('&a') are not allowed: write each value out in full", at: SourceLocation(line: 1, column: 4))) {
            try parse(text)
        }
    }

    @Test("10,000 levels of nesting are refused without a crash")
    func deepNesting() {
        let text = "a: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        #expect(throws: YAMLError.self) { try parse(text) }
    }

    @Test("a megabyte-long line is read")
    func longLine() throws {
        let long = String(repeating: "x", count: 1_000_000)
        let node = try parse("summary: \(long)\n")
        guard case .mapping(let entries) = node.content else { Issue.record("not a mapping"); return }
        #expect(entries[0].value.scalar?.count == 1_000_000)
    }
}
