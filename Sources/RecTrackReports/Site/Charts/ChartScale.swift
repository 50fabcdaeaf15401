#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A linear value axis with "nice" round ticks (steps of 1, 2 or 5 times a power of ten).
struct ChartScale {
    /// The lowest value shown.
    let lower: Double
    /// The highest value shown.
    let upper: Double
    /// The ticks, from `lower` to `upper`.
    let ticks: [Double]

    /// A scale covering every value with a little room on both sides, so no mark sits on the
    /// plot's edge, except that a scale of values all at or above zero (counts, rates) never
    /// goes below zero; about `count` ticks.
    init(covering values: [Double], ticks count: Int = 5) {
        var low = values.min() ?? 0
        var high = values.max() ?? 1
        if high - low < 1e-9 {
            let pad = abs(high) > 0 ? abs(high) * 0.1 : 1
            low -= pad
            high += pad
        }
        // Above zero there is room for a target of 0% over a falling series of changes;
        // below zero there is none for counts, where negative figures mean nothing.
        let room = (high - low) * 0.06
        low = low >= 0 ? max(0, low - room) : low - room
        high += room
        let step = ChartScale.niceStep((high - low) / Double(max(1, count - 1)))
        let first = (low / step).rounded(.down) * step
        let last = (high / step).rounded(.up) * step
        var ticks: [Double] = []
        var tick = first
        while tick <= last + step / 2 {
            ticks.append(abs(tick) < step / 1e6 ? 0 : tick)
            tick += step
        }
        self.lower = first
        self.upper = last
        self.ticks = ticks
    }

    /// The smallest of 1, 2, 5 × 10ⁿ at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0 else { return 1 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        for factor in [1.0, 2, 5, 10] where factor * magnitude >= raw * (1 - 1e-9) {
            return factor * magnitude
        }
        return 10 * magnitude
    }

    /// Where `value` falls between `from` (at `lower`) and `to` (at `upper`).
    func position(_ value: Double, from: Double, to: Double) -> Double {
        from + (value - lower) / (upper - lower) * (to - from)
    }
}
