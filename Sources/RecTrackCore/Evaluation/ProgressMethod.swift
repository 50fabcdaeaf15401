#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Statistics Canada's progress measure, as Open SDG uses it (`docs/progress-methodology.md` in the
/// open-sdg/open-sdg repository): how fast a statistic is moving, judged against the pace its target needs.
///
/// The observed compound annual growth rate from the baseline to the latest figure,
/// `CAGRᵢ = (yᵢ / y₀)^(1 / (tᵢ − t₀)) − 1`, is compared
/// - with a dated target: with the rate that reaches it on time, `CAGR_T = (y_T / y₀)^(1 / (t_T − t₀)) − 1`,
///   through the ratio `R = d · CAGRᵢ / |CAGR_T|` (on track when R ≥ 95 %, acceleration needed when
///   60 % ≤ R < 95 %, limited when 0 ≤ R < 60 %, deterioration when R < 0);
/// - otherwise: the directed rate `d · CAGRᵢ` with fixed rates (on track at 1.5 % a year or more,
///   acceleration needed from 0.5 %, limited from 0, deterioration below 0), scaled down near a natural limit.
///
/// `d` is +1 when a rise is wanted and −1 when a fall is. A latest figure that has reached the target is
/// *target achieved* whatever the trend. The method needs figures all above or all below zero: a zero
/// baseline or target is replaced by 0.001, and negative figures reverse `d`, as the document says.
/// Every input gives a judgement; none traps. Decisions use the exact values: nothing is rounded first.
public enum ProgressMethod {
    /// One dated figure.
    public struct Point: Sendable, Hashable, Codable {
        /// The date the figure refers to.
        public var period: Day
        /// The figure.
        public var value: Double

        /// Creates a point.
        public init(period: Day, value: Double) {
            self.period = period
            self.value = value
        }
    }

    /// A target value, with the date it is due by when it has one.
    public struct Target: Sendable, Hashable, Codable {
        /// The value aimed for.
        public var value: Double
        /// The date it should be reached by; nil selects the fixed-rate variant.
        public var date: Day?

        /// Creates a target.
        public init(value: Double, date: Day? = nil) {
            self.value = value
            self.date = date
        }
    }

    /// The method's published constants.
    public struct Constants: Sendable, Hashable, Codable {
        /// R at or above which a dated target is on track (0.95).
        public var onTrackRatio: Double
        /// R at or above which progress is made but acceleration is needed (0.60).
        public var accelerationRatio: Double
        /// Directed yearly rate at or above which a series without a target date is on track (0.015).
        public var onTrackRate: Double
        /// Directed yearly rate at or above which progress is made but acceleration is needed (0.005).
        public var accelerationRate: Double
        /// What a baseline or target of exactly 0 is replaced by, since a growth rate from or to 0 does not exist (0.001).
        public var zeroReplacement: Double
        /// The exponent of the natural-limit scaling factor (4.44).
        public var limitExponent: Double

        /// The values the method document publishes.
        public static let openSDG = Constants(onTrackRatio: 0.95, accelerationRatio: 0.60, onTrackRate: 0.015,
                                              accelerationRate: 0.005, zeroReplacement: 0.001, limitExponent: 4.44)
    }

    /// Judges how a statistic moved from `baseline` to `latest`.
    ///
    /// - Parameters:
    ///   - baseline: the starting figure (the caller chooses it: e.g. the earliest in the same series).
    ///   - latest: the newest figure.
    ///   - target: the value aimed for and its date, if any; with no target, only the fixed rates apply.
    ///   - direction: `up` when a rise is wanted, `down` when a fall is.
    ///   - naturalLimit: the value the figure cannot pass in the wanted direction (100 for a share that
    ///     should rise), used only by the fixed-rate variant.
    ///   - constants: the thresholds and replacements; the published ones by default.
    public static func judge(baseline: Point, latest: Point, target: Target?, direction: TargetDirection,
                             naturalLimit: Double? = nil, constants: Constants = .openSDG) -> ProgressJudgement {
        let variant: ProgressJudgement.Variant = target?.date == nil ? .fixedRates : .requiredRate
        func notComputable(_ reason: ProgressJudgement.Reason) -> ProgressJudgement {
            ProgressJudgement(category: .notComputable, variant: variant, reason: reason)
        }
        let numbers = [baseline.value, latest.value, target?.value, naturalLimit].compactMap { $0 }
        guard numbers.allSatisfy(\.isFinite) else { return notComputable(.notFinite) }
        guard latest.period >= baseline.period else { return notComputable(.latestBeforeBaseline) }

        let achieved = target.map { direction == .up ? latest.value >= $0.value : latest.value <= $0.value } ?? false
        let measured = measure(baseline: baseline, latest: latest, target: target, direction: direction,
                               naturalLimit: naturalLimit, constants: constants, variant: variant)
        guard var judgement = measured.judgement else {
            return achieved ? ProgressJudgement(category: .targetAchieved, variant: variant) : notComputable(measured.reason ?? .outOfRange)
        }
        if achieved { judgement.category = .targetAchieved }
        return judgement
    }

    /// The category a ratio R gives (dated targets); R exactly at a threshold falls in the higher category.
    public static func category(forRatio ratio: Double, constants: Constants = .openSDG) -> ProgressCategory {
        if ratio >= constants.onTrackRatio { return .onTrack }
        if ratio >= constants.accelerationRatio { return .accelerationNeeded }
        if ratio >= 0 { return .limited }
        if ratio < 0 { return .deterioration }
        return .notComputable
    }

    /// The category a directed yearly rate gives against the fixed rates, multiplied by `scale` (the
    /// natural-limit factor, 1 without one); only the rates above zero are scaled.
    public static func category(forDirectedRate rate: Double, scale: Double = 1, constants: Constants = .openSDG) -> ProgressCategory {
        guard scale.isFinite else { return .notComputable }
        if rate >= constants.onTrackRate * scale { return .onTrack }
        if rate >= constants.accelerationRate * scale { return .accelerationNeeded }
        if rate >= 0 { return .limited }
        if rate < 0 { return .deterioration }
        return .notComputable
    }

    /// The natural-limit factor C for a baseline `y₀` and a limit in the wanted direction; nil when the
    /// document's formula does not cover the figures (a negative baseline or limit).
    ///
    /// A maximum (a rise wanted): `C = 1 − (y₀ / y_lim)^4.44` below the limit. A minimum (a fall wanted):
    /// `C = 1 − ((2·y_lim − y₀) / y_lim)^4.44` from the limit to twice it, and 1 beyond. At or past the
    /// limit C is 0, so any rate of zero or more is on track, as the document says.
    public static func limitScale(baseline: Double, limit: Double, direction: TargetDirection, constants: Constants = .openSDG) -> Double? {
        guard baseline.isFinite, limit.isFinite, baseline >= 0, limit >= 0 else { return nil }
        switch direction {
        case .up:
            guard baseline < limit else { return 0 }
            return 1 - pow(baseline / limit, constants.limitExponent)
        case .down:
            guard baseline > limit else { return 0 }
            guard baseline < 2 * limit else { return 1 }
            return 1 - pow((2 * limit - baseline) / limit, constants.limitExponent)
        }
    }

    /// The rates and the category from them, or why there are none.
    private static func measure(baseline: Point, latest: Point, target: Target?, direction: TargetDirection,
                                naturalLimit: Double?, constants: Constants,
                                variant: ProgressJudgement.Variant) -> (judgement: ProgressJudgement?, reason: ProgressJudgement.Reason?) {
        guard latest.period > baseline.period else { return (nil, .sameDate) }
        if let date = target?.date, date <= baseline.period { return (nil, .targetDateNotAfterBaseline) }
        var adjustments: [ProgressJudgement.Adjustment] = []
        var start = baseline.value
        if start == 0 {
            start = constants.zeroReplacement
            adjustments.append(.baselineZeroReplaced)
        }
        // A latest figure of 0 is allowed: the rate from any figure down to 0 is −100 % a year.
        if (start > 0 && latest.value < 0) || (start < 0 && latest.value > 0) { return (nil, .mixedSigns) }
        var aim = target?.value
        if aim == 0 {
            aim = constants.zeroReplacement
            adjustments.append(.targetZeroReplaced)
        }
        if let aim, (start > 0) != (aim > 0) { return (nil, .targetAcrossZero) }
        var sign = direction == .up ? 1.0 : -1.0
        if start < 0 {
            sign = -sign
            adjustments.append(.directionReversed)
        }

        let years = baseline.period.years(until: latest.period)
        let observed = pow(latest.value / start, 1 / years) - 1
        let directed = sign * observed
        guard years.isFinite, observed.isFinite, directed.isFinite else { return (nil, .outOfRange) }

        if let aim, let date = target?.date {
            let required = pow(aim / start, 1 / baseline.period.years(until: date)) - 1
            guard required.isFinite else { return (nil, .outOfRange) }
            let ratio = required == 0 ? nil : directed / abs(required)
            if let ratio, !ratio.isFinite { return (nil, .outOfRange) }
            // With the target at the baseline no rate is needed: not having reached it means moving away, or not at all.
            let category: ProgressCategory
            if let ratio {
                category = Self.category(forRatio: ratio, constants: constants)
            } else {
                category = directed < 0 ? .deterioration : .limited
            }
            return (ProgressJudgement(category: category, variant: variant, years: years, observedRate: observed,
                                      directedRate: directed, requiredRate: required, ratio: ratio, adjustments: adjustments), nil)
        }

        let scale = naturalLimit.flatMap { limitScale(baseline: baseline.value, limit: $0, direction: direction, constants: constants) }
        if let scale, scale != 1 { adjustments.append(.ratesScaledForLimit) }
        let category = Self.category(forDirectedRate: directed, scale: scale ?? 1, constants: constants)
        return (ProgressJudgement(category: category, variant: variant, years: years, observedRate: observed,
                                  directedRate: directed, scale: scale, adjustments: adjustments), nil)
    }
}
