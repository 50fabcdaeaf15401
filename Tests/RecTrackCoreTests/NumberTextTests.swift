import Testing
@testable import RecTrackCore

@Suite("Numbers written the same on every machine")
struct NumberTextTests {
    /// The digits grouped by cutting Strings, as NumberText.format did before it wrote bytes: what it must still write.
    static func byStrings(_ value: Double) -> String {
        guard let (negative, whole, fraction) = NumberText.parts(of: value) else { return "\(value)" }
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        if fraction > 0 {
            var decimals = fraction < 10 ? "0\(fraction)" : String(fraction)
            while decimals.hasSuffix("0") { decimals.removeLast() }
            grouped += "." + decimals
        }
        return (negative ? "-" : "") + grouped
    }

    @Test(arguments: [
        0, -0.0, 0.004, 0.005, -0.004, -0.005, 0.01, 0.05, 0.1, 0.5, 0.999, 0.995, 1, 9.99, 10, 13.8, 99.995, 100, 999,
        1000, 1234.5, 81770, 999_999.994, 999_999.995, 1_000_000, -1_234_567.891, 12_345_678_901.23, 999_999_999_999_999,
        9_999_999_999_999.99, 8_796_093_022_207.99, 1e15, -1e15, 1e300, .infinity, -.infinity, .nan, 0.015, 2.675, 1.005,
    ])
    func writesWhatTheStringsWrote(_ value: Double) {
        #expect(NumberText.format(value) == Self.byStrings(value))
    }

    @Test func writesWhatTheStringsWroteForManyFigures() {
        // A fixed sequence of figures of every size, each with hundredths and thousandths.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let digits = Int(state >> 60)
            let mantissa = Double(state >> 11) / Double(1 << 53)
            let value = (state & 1 == 0 ? 1 : -1) * mantissa * pow10(digits)
            #expect(NumberText.format(value) == Self.byStrings(value), "\(value)")
        }
    }

    private func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1) { value, _ in value * 10 }
    }

    @Test func groupsThousandsAndDropsTrailingZeros() {
        #expect(NumberText.format(81770) == "81,770")
        #expect(NumberText.format(13.80) == "13.8")
        #expect(NumberText.format(-1234.05) == "-1,234.05")
        #expect(NumberText.format(0.5) == "0.5")
    }
}
