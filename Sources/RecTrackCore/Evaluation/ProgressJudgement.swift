/// What ``ProgressMethod`` concludes for one statistic: the category, and the figures it rests on so that
/// a page can show them.
public struct ProgressJudgement: Sendable, Hashable, Codable {
    /// Which of the method's two tests was applied.
    public enum Variant: String, Sendable, Hashable, Codable, CaseIterable {
        /// The target has a date: the observed yearly rate is compared with the rate needed to reach it on time.
        case requiredRate = "required-rate"
        /// No target date (or no target): the observed yearly rate is compared with fixed rates.
        case fixedRates = "fixed-rates"
    }

    /// Why the method cannot judge the figures.
    public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
        /// A figure, the target or the natural limit is NaN or infinite.
        case notFinite = "not-finite"
        /// The latest observation is dated before the baseline.
        case latestBeforeBaseline = "latest-before-baseline"
        /// The baseline and the latest observation have the same date.
        case sameDate = "same-date"
        /// The target date is not after the baseline's date.
        case targetDateNotAfterBaseline = "target-date-not-after-baseline"
        /// One figure is above zero and the other below it.
        case mixedSigns = "mixed-signs"
        /// The target is on the other side of zero from the figures.
        case targetAcrossZero = "target-across-zero"
        /// A growth rate overflows: the figures are too far apart, or too close together in time.
        case outOfRange = "out-of-range"

        /// A sentence for people.
        public var sentence: String {
            switch self {
            case .notFinite:
                return "A figure, the target or the limit is not a finite number."
            case .latestBeforeBaseline:
                return "The latest observation is dated before the baseline."
            case .sameDate:
                return "The baseline and the latest observation are for the same date; the method needs two observations at different dates."
            case .targetDateNotAfterBaseline:
                return "The target date is not after the baseline, so no yearly rate can lead to it."
            case .mixedSigns:
                return "One figure is above zero and the other below it; the method needs figures that are all positive or all negative."
            case .targetAcrossZero:
                return "The target is on the other side of zero from the figures (a target of 0 counts as 0.001); the method cannot follow a series across zero, such as a percentage change."
            case .outOfRange:
                return "The figures are too far apart, or too close together in time, for a yearly growth rate to be computed."
            }
        }
    }

    /// Something the method did to the figures before computing, which a page should say.
    public enum Adjustment: String, Sendable, Hashable, Codable, CaseIterable {
        /// A baseline of exactly 0 was replaced by the method's small number (0.001).
        case baselineZeroReplaced = "baseline-zero-replaced"
        /// A target of exactly 0 was replaced by the method's small number (0.001).
        case targetZeroReplaced = "target-zero-replaced"
        /// The figures are negative, so the wanted direction was reversed in the calculation.
        case directionReversed = "direction-reversed"
        /// The fixed rates were scaled down because the baseline is near the natural limit.
        case ratesScaledForLimit = "rates-scaled-for-limit"

        /// A sentence for people.
        public var sentence: String {
            switch self {
            case .baselineZeroReplaced: return "The baseline is 0, so 0.001 is used in its place, as the method does."
            case .targetZeroReplaced: return "The target is 0, so 0.001 is used in its place, as the method does."
            case .directionReversed: return "The figures are negative, so the wanted direction is reversed in the calculation, as the method does."
            case .ratesScaledForLimit: return "The baseline is near the figure's natural limit, so the fixed rates are scaled down, as the method does."
            }
        }
    }

    // Stored properties in the order of their JSON keys' bytes: the JSON writer writes each member as it comes, with
    // nothing to move (checked by SortedJSONWriterTests).
    /// What the method did to the figures first, in the order it did it.
    public var adjustments: [Adjustment]
    /// The verdict.
    public var category: ProgressCategory
    /// The observed rate signed so that above zero is the wanted way: the figure the fixed rates are compared with.
    public var directedRate: Double?
    /// The observed compound annual growth rate of the figures, as a fraction (−0.011 is a fall of 1.1 % a year).
    public var observedRate: Double?
    /// The directed observed rate over the size of the required rate: the figure 95 % and 60 % are compared with
    /// (``Variant/requiredRate`` only; nil when the target equals the baseline, so that no rate is needed).
    public var ratio: Double?
    /// Why the figures cannot be judged; set only when ``category`` is ``ProgressCategory/notComputable``.
    public var reason: Reason?
    /// The compound annual growth rate that reaches the target on its date (``Variant/requiredRate`` only).
    public var requiredRate: Double?
    /// The factor the fixed rates were multiplied by for a natural limit, when one applied.
    public var scale: Double?
    /// The test applied.
    public var variant: Variant
    /// Years from the baseline to the latest observation.
    public var years: Double?

    /// Creates a judgement.
    public init(category: ProgressCategory, variant: Variant, reason: Reason? = nil, years: Double? = nil,
                observedRate: Double? = nil, directedRate: Double? = nil, requiredRate: Double? = nil,
                ratio: Double? = nil, scale: Double? = nil, adjustments: [Adjustment] = []) {
        self.category = category
        self.variant = variant
        self.reason = reason
        self.years = years
        self.observedRate = observedRate
        self.directedRate = directedRate
        self.requiredRate = requiredRate
        self.ratio = ratio
        self.scale = scale
        self.adjustments = adjustments
    }
}
