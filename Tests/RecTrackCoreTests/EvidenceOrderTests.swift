import Testing
@testable import RecTrackCore

@Suite("Evidence in canonical order: by date, then id")
struct EvidenceOrderTests {
    private static func evidence(_ id: String, _ date: String) -> Evidence {
        Evidence(id: id, date: FactDate(date)!, title: "T", publisher: "P", kind: .guidance, summary: "S",
                 recorded: Day("2026-01-01")!, path: "Evidence/x/\(id).yaml")
    }

    @Test func theIDBreaksTiesEvenWhereThePathOrderDiffers() {
        // In path order `a-b.yaml` comes before `a.yaml`; by id, `a` comes first.
        let items = [Self.evidence("2020-01-01-a-b", "2020-01-01"), Self.evidence("2020-01-01-a", "2020-01-01"),
                     Self.evidence("2019-12-31-z", "2019-12-31")]
        #expect(EvidenceOrder.byDate(items).map(\.id) == ["2019-12-31-z", "2020-01-01-a", "2020-01-01-a-b"])
    }

    @Test func aPartialDateSortsByItsLastDayThenItsFirst() {
        let items = [Self.evidence("2020-b", "2020"), Self.evidence("2020-12-31-a", "2020-12-31"),
                     Self.evidence("2020-12-c", "2020-12"), Self.evidence("2020-06-30-d", "2020-06-30")]
        #expect(EvidenceOrder.byDate(items).map(\.id) == ["2020-06-30-d", "2020-b", "2020-12-c", "2020-12-31-a"])
    }

    @Test(arguments: 1...20)
    func givesWhatComparingDateAndIDGives(seed: Int) {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let items = (0..<200).map { _ -> Evidence in
            let year = 2018 + next(3), month = 1 + next(12), day = 1 + next(28)
            let text: String
            switch next(10) {
            case 0: text = "\(year)"
            case 1: text = "\(year)-\(month < 10 ? "0" : "")\(month)"
            default: text = Day(year: year, month: month, day: day)!.description
            }
            return Self.evidence("\(text)-\(["a", "a-b", "b", "ab"][next(4)])\(next(3))", text)
        }
        let expected = items.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map(\.id)
        #expect(EvidenceOrder.byDate(items).map(\.id) == expected)
        #expect(EvidenceOrder.byDate(EvidenceOrder.byDate(items)).map(\.id) == expected)
    }
}
