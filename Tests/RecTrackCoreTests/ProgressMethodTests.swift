import Foundation
import Testing
import RecTrackCore
import RecTrackTestSupport

/// The progress method of Open SDG's `docs/progress-methodology.md` (Statistics Canada's), section by section.
/// The document gives its formulas and thresholds but no numeric examples: the figures below are worked by
/// hand from its formulas (and checked with a calculator), each test named after the section it follows.
@Suite("Progress method (Open SDG, Statistics Canada)")
struct ProgressMethodTests {
    static func day(_ text: String) -> Day { Day(text)! }
    static func point(_ period: String, _ value: Double) -> ProgressMethod.Point { .init(period: day(period), value: value) }

    static func judge(_ baseline: (String, Double), _ latest: (String, Double), target: Double? = nil, by date: String? = nil,
                      _ direction: TargetDirection, limit: Double? = nil) -> ProgressJudgement {
        ProgressMethod.judge(baseline: point(baseline.0, baseline.1), latest: point(latest.0, latest.1),
                             target: target.map { .init(value: $0, date: date.map(day)) }, direction: direction, naturalLimit: limit)
    }

    static func close(_ a: Double?, _ b: Double, within tolerance: Double = 1e-12) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance
    }

    // MARK: Methodology

    @Test("Methodology: CAGRᵢ = (yᵢ/y₀)^(1/(tᵢ−t₀)) − 1, from the baseline to the latest figure")
    func observedRate() {
        // Turnover 15.1 % at 30 September 2016, 13.8 % at 30 September 2024: eight years.
        let judgement = Self.judge(("2016-09-30", 15.1), ("2024-09-30", 13.8), target: 10, .down)
        #expect(judgement.years == 8)
        #expect(Self.close(judgement.observedRate, pow(13.8 / 15.1, 1.0 / 8) - 1))
        #expect(Self.close(judgement.observedRate, -0.011190187771020, within: 1e-14))
        // A fall is wanted, so the directed rate is the observed one with its sign turned.
        #expect(Self.close(judgement.directedRate, 0.011190187771020, within: 1e-14))
    }

    // MARK: Indicators with quantitative targets

    @Test("Indicators with quantitative targets: CAGR_T = (y_T/y₀)^(1/(t_T−t₀)) − 1 and R = d·CAGRᵢ/|CAGR_T|")
    func requiredRateAndRatio() {
        // The same turnover with a target of 10 % by 30 September 2027, eleven years after the baseline.
        let judgement = Self.judge(("2016-09-30", 15.1), ("2024-09-30", 13.8), target: 10, by: "2027-09-30", .down)
        #expect(judgement.variant == .requiredRate)
        #expect(Self.close(judgement.requiredRate, pow(10 / 15.1, 1.0 / 11) - 1))
        #expect(Self.close(judgement.requiredRate, -0.036771401477747, within: 1e-14))
        #expect(Self.close(judgement.ratio, 0.304317684975700, within: 1e-12))
        // 0 ≤ R < 60 %.
        #expect(judgement.category == .limited)
        #expect(judgement.reason == nil)
    }

    /// A rise from 100 wanted to 150 by 2020, from a 2015 baseline: CAGR_T = 1.5^(1/5) − 1 = 8.447 %.
    @Test("Indicators with quantitative targets: each row of the table", arguments: [
        (121.0, ProgressCategory.onTrack, 1.183827432314),           // R ≥ 95 %: (1.21^½ − 1) / 8.447 % = 118.4 %
        (115.0, ProgressCategory.accelerationNeeded, 0.856860563595),   // 60 % ≤ R < 95 %
        (110.0, ProgressCategory.limited, 0.577812534035),           // 0 ≤ R < 60 %
        (100.0, ProgressCategory.limited, 0.0),                      // no movement: R = 0 is limited, not deterioration
        (95.0, ProgressCategory.deterioration, -0.299751800632),     // R < 0
    ])
    func quantitativeTable(latest: Double, expected: ProgressCategory, ratio: Double) {
        let judgement = Self.judge(("2015-12-31", 100), ("2017-12-31", latest), target: 150, by: "2020-12-31", .up)
        #expect(judgement.category == expected)
        #expect(Self.close(judgement.ratio, ratio, within: 1e-9), "R = \(String(describing: judgement.ratio))")
    }

    @Test("Indicators with quantitative targets: target achieved whatever the trend (Aggregated progress status: 'regardless of the underlying trend')")
    func targetAchieved() {
        // Fell to the target, even though the last move was up from a lower figure: only the latest figure counts.
        let reached = Self.judge(("2016-09-30", 15.1), ("2024-09-30", 10), target: 10, by: "2027-09-30", .down)
        #expect(reached.category == .targetAchieved)
        #expect(reached.ratio != nil, "the rates are still given so that a page can show them")
        // Past the target counts too, with or without a date.
        #expect(Self.judge(("2016-09-30", 15.1), ("2024-09-30", 9.5), target: 10, .down).category == .targetAchieved)
        #expect(Self.judge(("2015-12-31", 100), ("2017-12-31", 151), target: 150, .up).category == .targetAchieved)
    }

    @Test("Status follows exact values: 10.002 against a target of 10 (lower is better) is not achieved (issue #17)")
    func exactValuesDecide() {
        let judgement = Self.judge(("2016-09-30", 15), ("2024-09-30", 10.002), target: 10, by: "2025-09-30", .down)
        #expect(judgement.category != .targetAchieved)
        #expect(judgement.category == .onTrack)
        #expect(Self.judge(("2016-09-30", 15), ("2024-09-30", 10), target: 10, by: "2025-09-30", .down).category == .targetAchieved)
    }

    @Test("Indicators with quantitative targets: |CAGR_T| keeps the sign right when the baseline already meets the target")
    func baselineAlreadyMeetsTarget() {
        // A fall is wanted; the baseline 8 is already below the target 10, so CAGR_T is a rise.
        let worse = Self.judge(("2016-09-30", 8), ("2024-09-30", 11), target: 10, by: "2030-09-30", .down)
        #expect(try! #require(worse.requiredRate) > 0)
        #expect(try! #require(worse.ratio) < 0)
        #expect(worse.category == .deterioration)
        #expect(Self.judge(("2016-09-30", 8), ("2024-09-30", 9), target: 10, by: "2030-09-30", .down).category == .targetAchieved)
    }

    @Test("A target equal to the baseline needs no rate: not reaching it means moving away")
    func targetAtBaseline() {
        let judgement = Self.judge(("2016-03-31", 40), ("2024-03-31", 38), target: 40, by: "2030-03-31", .up)
        #expect(judgement.requiredRate == 0)
        #expect(judgement.ratio == nil)
        #expect(judgement.category == .deterioration)
        #expect(Self.judge(("2016-03-31", 40), ("2024-03-31", 40), target: 40, by: "2030-03-31", .up).category == .targetAchieved)
    }

    @Test("Direction: the same figures judged with a rise wanted and with a fall wanted mirror each other")
    func directions() {
        let up = Self.judge(("2015-12-31", 100), ("2017-12-31", 110), target: 150, by: "2020-12-31", .up)
        #expect(up.category == .limited)
        let down = Self.judge(("2015-12-31", 100), ("2017-12-31", 110), target: 50, by: "2020-12-31", .down)
        #expect(down.category == .deterioration)
        #expect(up.observedRate == down.observedRate)
        #expect(Self.close(up.directedRate, -(down.directedRate ?? 0)))
        let falling = Self.judge(("2015-12-31", 100), ("2017-12-31", 80), target: 50, by: "2020-12-31", .down)
        // CAGRᵢ = 0.8^½ − 1 = −10.56 %; CAGR_T = 0.5^(1/5) − 1 = −12.94 %; R = 81.6 %.
        #expect(Self.close(falling.ratio, 0.815552478931, within: 1e-9))
        #expect(falling.category == .accelerationNeeded)
    }

    // MARK: Indicators without quantitative targets

    /// From 100 over two years, with a rise wanted: CAGR = (y/100)^½ − 1.
    @Test("Indicators without quantitative targets: each row of the table (1.5 %, 0.5 %, 0)", arguments: [
        (104.0, ProgressCategory.onTrack, 0.019803902718557),             // 1.98 % ≥ 1.5 %
        (102.0, ProgressCategory.accelerationNeeded, 0.009950493836208),  // 0.5 % ≤ 0.995 % < 1.5 %
        (100.5, ProgressCategory.limited, 0.002496882788171),             // 0 ≤ 0.25 % < 0.5 %
        (100.0, ProgressCategory.limited, 0.0),                           // no movement is limited progress
        (99.0, ProgressCategory.deterioration, -0.005012562893380),       // below 0
    ])
    func fixedRateTable(latest: Double, expected: ProgressCategory, rate: Double) {
        let withoutTarget = Self.judge(("2015-12-31", 100), ("2017-12-31", latest), .up)
        #expect(withoutTarget.variant == .fixedRates)
        #expect(withoutTarget.category == expected)
        #expect(Self.close(withoutTarget.directedRate, rate, within: 1e-14))
        #expect(withoutTarget.requiredRate == nil && withoutTarget.ratio == nil)
        // A target without a date uses the same fixed rates, unless it is reached.
        #expect(Self.judge(("2015-12-31", 100), ("2017-12-31", latest), target: 150, .up).category == expected)
        // The mirror image with a fall wanted.
        let down = Self.judge(("2015-12-31", 100), ("2017-12-31", 100 * 100 / latest), .down)
        #expect(down.category == expected)
    }

    @Test("Turnover with an undated target of 10 %: falling 1.12 % a year is progress that needs acceleration")
    func turnoverWithoutDate() {
        let judgement = Self.judge(("2016-09-30", 15.1), ("2024-09-30", 13.8), target: 10, .down)
        #expect(judgement.variant == .fixedRates)
        #expect(judgement.category == .accelerationNeeded)
    }

    // MARK: Natural limits

    @Test("Indicators without quantitative targets: the scaling factor C near a natural limit, in its three cases")
    func scalingFactor() {
        // A maximum (a rise wanted): C = 1 − (y₀/y_lim)^4.44.
        #expect(Self.close(ProgressMethod.limitScale(baseline: 90, limit: 100, direction: .up), 1 - pow(0.9, 4.44)))
        #expect(Self.close(ProgressMethod.limitScale(baseline: 90, limit: 100, direction: .up), 0.373621645012828, within: 1e-12))
        #expect(ProgressMethod.limitScale(baseline: 0, limit: 100, direction: .up) == 1)
        // A minimum (a fall wanted): C = 1 − ((2·y_lim − y₀)/y_lim)^4.44 up to twice the limit, then 1.
        #expect(Self.close(ProgressMethod.limitScale(baseline: 15, limit: 10, direction: .down), 1 - pow(0.5, 4.44)))
        #expect(ProgressMethod.limitScale(baseline: 20, limit: 10, direction: .down) == 1)
        #expect(ProgressMethod.limitScale(baseline: 35, limit: 10, direction: .down) == 1)
        // Equal relative distances from a maximum and a minimum give the same factor.
        #expect(Self.close(ProgressMethod.limitScale(baseline: 80, limit: 100, direction: .up),
                           ProgressMethod.limitScale(baseline: 120, limit: 100, direction: .down) ?? -1))
        // A minimum of 0 never scales: every positive figure is at least twice it.
        #expect(ProgressMethod.limitScale(baseline: 15.1, limit: 0, direction: .down) == 1)
        // The formula is for figures of zero or more.
        #expect(ProgressMethod.limitScale(baseline: -5, limit: 100, direction: .up) == nil)
    }

    @Test("Indicators without quantitative targets: thresholds above 0 % are multiplied by C; 0 is not")
    func scaledThresholds() {
        // From 90 % to 92 % in two years: 1.105 % a year, under 1.5 % but over 1.5 % × C = 0.560 %.
        let judgement = Self.judge(("2015-12-31", 90), ("2017-12-31", 92), .up, limit: 100)
        #expect(Self.close(judgement.scale, 0.373621645012828, within: 1e-12))
        #expect(judgement.adjustments.contains(.ratesScaledForLimit))
        #expect(judgement.category == .onTrack)
        #expect(Self.judge(("2015-12-31", 90), ("2017-12-31", 92), .up).category == .accelerationNeeded)
        // Falling stays deterioration however near the limit.
        #expect(Self.judge(("2015-12-31", 90), ("2017-12-31", 89.9), .up, limit: 100).category == .deterioration)
        // A dated target ignores the limit, as the method does.
        #expect(Self.judge(("2015-12-31", 90), ("2017-12-31", 92), target: 99, by: "2020-12-31", .up, limit: 100).scale == nil)
    }

    @Test("Special considerations: a baseline exactly at its natural limit is on track while it holds, and deteriorates when it falls")
    func baselineAtLimit() {
        #expect(ProgressMethod.limitScale(baseline: 100, limit: 100, direction: .up) == 0)
        #expect(Self.judge(("2015-12-31", 100), ("2017-12-31", 100), .up, limit: 100).category == .onTrack)
        #expect(Self.judge(("2015-12-31", 100), ("2017-12-31", 99), .up, limit: 100).category == .deterioration)
        #expect(Self.judge(("2015-12-31", 2), ("2017-12-31", 2), .down, limit: 2).category == .onTrack)
    }

    // MARK: Special considerations for the base value and the target value

    @Test("Special considerations: a target of zero is replaced by 0.001")
    func zeroTarget() {
        let judgement = Self.judge(("2015-12-31", 8), ("2017-12-31", 6), target: 0, by: "2030-12-31", .down)
        #expect(judgement.adjustments == [.targetZeroReplaced])
        #expect(Self.close(judgement.requiredRate, pow(0.001 / 8, 1.0 / 15) - 1))
        // CAGRᵢ = 0.75^½ − 1 = −13.40 % a year against −45.07 % needed: R = 29.7 %.
        #expect(judgement.category == .limited)
    }

    @Test("Special considerations: a baseline of zero is replaced by 0.001")
    func zeroBaseline() {
        let judgement = Self.judge(("2015-12-31", 0), ("2017-12-31", 0.004), .up)
        #expect(judgement.adjustments == [.baselineZeroReplaced])
        #expect(Self.close(judgement.observedRate, 1))   // 0.001 to 0.004 in two years doubles each year
        #expect(judgement.category == .onTrack)
    }

    // MARK: Minimum data requirements

    @Test("Minimum data requirements: at least two observations at different dates")
    func twoObservations() {
        let single = Self.judge(("2024-09-30", 13.8), ("2024-09-30", 13.8), target: 10, by: "2030-09-30", .down)
        #expect(single.category == .notComputable)
        #expect(single.reason == .sameDate)
        // One figure that already meets the target is achieved: that needs no rate.
        #expect(Self.judge(("2024-09-30", 9), ("2024-09-30", 9), target: 10, .down).category == .targetAchieved)
    }

    @Test("Minimum data requirements: all values negative reverses the wanted direction")
    func negativeValues() {
        // −40 to −30: closer to zero, which is a rise. With a rise wanted that is progress.
        let judgement = Self.judge(("2015-12-31", -40), ("2017-12-31", -30), .up)
        #expect(judgement.adjustments == [.directionReversed])
        #expect(Self.close(judgement.observedRate, pow(0.75, 0.5) - 1))
        #expect(Self.close(judgement.directedRate, 1 - pow(0.75, 0.5)))
        #expect(judgement.category == .onTrack)
        #expect(Self.judge(("2015-12-31", -40), ("2017-12-31", -50), .up).category == .deterioration)
        // With a negative dated target on the same side of zero: −13.40 % a year against the −12.94 % that
        // halves −40 in five years gives R = 103.5 %; a target of −10 needs −24.21 % a year, so R = 55.3 %.
        let dated = Self.judge(("2015-12-31", -40), ("2017-12-31", -30), target: -20, by: "2020-12-31", .up)
        #expect(dated.category == .onTrack)
        #expect(Self.close(dated.ratio, (1 - pow(0.75, 0.5)) / (1 - pow(0.5, 0.2))))
        #expect(Self.judge(("2015-12-31", -40), ("2017-12-31", -30), target: -10, by: "2020-12-31", .up).category == .limited)
    }

    @Test("Minimum data requirements: figures on both sides of zero are unable to assess")
    func mixedSigns() {
        let judgement = Self.judge(("2015-12-31", -4), ("2017-12-31", 3), .up)
        #expect(judgement.category == .notComputable)
        #expect(judgement.reason == .mixedSigns)
        #expect(judgement.observedRate == nil)
        #expect(Self.judge(("2015-12-31", 0), ("2017-12-31", -3), .down).reason == .mixedSigns)
    }

    @Test("Unit transformations: a percentage change meant to climb back to 0 % (R2's early-intervention spending) cannot be judged")
    func changeAcrossZero() {
        // −40 % in 2015-16, −42 % in 2023-24, a target of 0 % (no fall from 2010-11): the target, used as
        // 0.001, lies across zero from the figures; the document says such series need another unit.
        let dated = Self.judge(("2016-03-31", -40), ("2024-03-31", -42), target: 0, by: "2030-03-31", .up)
        #expect(dated.category == .notComputable)
        #expect(dated.reason == .targetAcrossZero)
        let undated = Self.judge(("2016-03-31", -40), ("2024-03-31", -42), target: 0, .up)
        #expect(undated.reason == .targetAcrossZero)
        // Reaching the target is still said: it needs no rate.
        #expect(Self.judge(("2016-03-31", -40), ("2025-03-31", 1), target: 0, .up).category == .targetAchieved)
    }

    // MARK: Inputs the method cannot take

    @Test("Bad inputs give not-computable with a reason", arguments: [
        ("latest before baseline", ProgressJudgement.Reason.latestBeforeBaseline),
        ("target date before baseline", .targetDateNotAfterBaseline),
        ("target date at baseline", .targetDateNotAfterBaseline),
        ("NaN figure", .notFinite),
        ("infinite target", .notFinite),
        ("infinite limit", .notFinite),
        ("a day apart", .outOfRange),
    ])
    func badInputs(name: String, reason: ProgressJudgement.Reason) {
        let judgement: ProgressJudgement
        switch name {
        case "latest before baseline": judgement = Self.judge(("2020-12-31", 5), ("2019-12-31", 4), target: 1, .down)
        case "target date before baseline": judgement = Self.judge(("2020-12-31", 5), ("2022-12-31", 4), target: 1, by: "2019-12-31", .down)
        case "target date at baseline": judgement = Self.judge(("2020-12-31", 5), ("2022-12-31", 4), target: 1, by: "2020-12-31", .down)
        case "NaN figure": judgement = Self.judge(("2020-12-31", .nan), ("2022-12-31", 4), target: 1, .down)
        case "infinite target": judgement = Self.judge(("2020-12-31", 5), ("2022-12-31", 4), target: -.infinity, .down)
        case "infinite limit": judgement = Self.judge(("2020-12-31", 5), ("2022-12-31", 4), .down, limit: .infinity)
        default: judgement = Self.judge(("2020-12-31", 1e-300), ("2021-01-01", 1e300), .up)
        }
        #expect(judgement.category == .notComputable)
        #expect(judgement.reason == reason)
        #expect(!reason.sentence.isEmpty)
    }

    // MARK: Thresholds at their boundaries

    @Test("R at each threshold falls in the higher category; just below falls in the lower one")
    func ratioBoundaries() {
        #expect(ProgressMethod.category(forRatio: 0.95) == .onTrack)
        #expect(ProgressMethod.category(forRatio: 0.95.nextDown) == .accelerationNeeded)
        #expect(ProgressMethod.category(forRatio: 0.60) == .accelerationNeeded)
        #expect(ProgressMethod.category(forRatio: 0.60.nextDown) == .limited)
        #expect(ProgressMethod.category(forRatio: 0) == .limited)
        #expect(ProgressMethod.category(forRatio: -0.0) == .limited)
        #expect(ProgressMethod.category(forRatio: 0.0.nextDown) == .deterioration)
        #expect(ProgressMethod.category(forRatio: .infinity) == .onTrack)
        #expect(ProgressMethod.category(forRatio: -.infinity) == .deterioration)
        #expect(ProgressMethod.category(forRatio: .nan) == .notComputable)
    }

    @Test("Directed rates at each fixed rate, with and without a scaling factor")
    func rateBoundaries() {
        #expect(ProgressMethod.category(forDirectedRate: 0.015) == .onTrack)
        #expect(ProgressMethod.category(forDirectedRate: 0.015.nextDown) == .accelerationNeeded)
        #expect(ProgressMethod.category(forDirectedRate: 0.005) == .accelerationNeeded)
        #expect(ProgressMethod.category(forDirectedRate: 0.005.nextDown) == .limited)
        #expect(ProgressMethod.category(forDirectedRate: 0) == .limited)
        #expect(ProgressMethod.category(forDirectedRate: 0.0.nextDown) == .deterioration)
        #expect(ProgressMethod.category(forDirectedRate: 0.0075, scale: 0.5) == .onTrack)
        #expect(ProgressMethod.category(forDirectedRate: 0.0075.nextDown, scale: 0.5) == .accelerationNeeded)
        #expect(ProgressMethod.category(forDirectedRate: 0, scale: 0) == .onTrack)
        #expect(ProgressMethod.category(forDirectedRate: .nan) == .notComputable)
    }

    // MARK: Years between dates

    @Test("Years between two periods are whole on anniversaries, leap days or not")
    func elapsedYears() {
        #expect(Self.day("2016-09-30").years(until: Self.day("2024-09-30")) == 8)
        #expect(Self.day("2016-03-31").years(until: Self.day("2024-03-31")) == 8)
        #expect(Self.day("2016-02-29").years(until: Self.day("2017-02-28")) == 1)
        #expect(Self.day("2017-03-31").years(until: Self.day("2017-03-31")) == 0)
        #expect(Self.day("2024-09-30").years(until: Self.day("2016-09-30")) == -8)
        // Half of 2023-09-30 to 2024-09-30 (366 days) is 183 days.
        #expect(Self.day("2023-09-30").years(until: Self.day("2024-03-31")) == 183.0 / 366)
        #expect(Day.earliest.years(until: Day.latest) == 9998 + 364.0 / 365, "the calendar's end gives a finite figure too")
    }

    // MARK: Totality

    @Test("Never traps, on any finite or non-finite input, and says what it concluded consistently", arguments: 0..<40)
    func total(seed: Int) throws {
        var rng = XorShiftRandom(seed: UInt64(seed))
        let specials: [Double] = [0, -0.0, 1, -1, 0.001, 1e-300, -1e-300, 1e300, -1e300, .leastNonzeroMagnitude,
                                  .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .infinity, -.infinity, .nan]
        func number() -> Double {
            rng.next() % 3 == 0 ? specials[Int(rng.next() % UInt64(specials.count))]
                                : Double(Int64(bitPattern: rng.next() % 4_000_000) - 2_000_000) / 1000
        }
        func day() -> Day {
            rng.next() % 10 == 0 ? (rng.next() % 2 == 0 ? Day.earliest : Day.latest)
                                 : Day(year: 2010 + Int(rng.next() % 20), month: 3 + 6 * Int(rng.next() % 2), day: 30)!
        }
        let encoder = JSONEncoder()
        for _ in 0..<500 {
            let baseline = ProgressMethod.Point(period: day(), value: number())
            let latest = ProgressMethod.Point(period: day(), value: number())
            let target: ProgressMethod.Target? = rng.next() % 4 == 0 ? nil : .init(value: number(), date: rng.next() % 2 == 0 ? nil : day())
            let direction: TargetDirection = rng.next() % 2 == 0 ? .up : .down
            let limit: Double? = rng.next() % 3 == 0 ? number() : nil
            let judgement = ProgressMethod.judge(baseline: baseline, latest: latest, target: target, direction: direction, naturalLimit: limit)
            #expect(judgement == ProgressMethod.judge(baseline: baseline, latest: latest, target: target, direction: direction, naturalLimit: limit))
            #expect((judgement.category == .notComputable) == (judgement.reason != nil))
            #expect(judgement.variant == (target?.date == nil ? .fixedRates : .requiredRate))
            // Every figure it gives is finite, so JSON (which has no NaN) can carry it.
            for figure in [judgement.years, judgement.observedRate, judgement.directedRate, judgement.requiredRate, judgement.ratio, judgement.scale] {
                #expect(figure?.isFinite ?? true)
            }
            _ = try encoder.encode(judgement)
            let finite = [baseline.value, latest.value, target?.value, limit].compactMap { $0 }.allSatisfy(\.isFinite)
            if let target, finite, latest.period >= baseline.period {
                let reached = direction == .up ? latest.value >= target.value : latest.value <= target.value
                #expect((judgement.category == .targetAchieved) == reached)
            }
            if judgement.category != .notComputable && judgement.category != .targetAchieved {
                #expect(judgement.directedRate != nil)
            }
        }
    }
}
