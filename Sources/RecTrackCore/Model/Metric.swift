/// The unit a metric's values are in.
public enum MetricUnit: String, Sendable, Codable, CaseIterable {
    case percent
    case count
    case ratePer10000 = "rate-per-10000"
    case gbpMillion = "gbp-million"
    case gbpBillion = "gbp-billion"
    case ratio

    /// How a value in this unit reads, e.g. "13.8%" or "81,770".
    public func format(_ value: Double) -> String {
        let number = NumberText.format(value)
        switch self {
        case .percent: return "\(number)%"
        case .count: return number
        case .ratePer10000: return "\(number) per 10,000"
        case .gbpMillion: return "£\(number)m"
        case .gbpBillion: return "£\(number)bn"
        case .ratio: return number
        }
    }

    /// A short label for chart axes.
    public var axisLabel: String {
        switch self {
        case .percent: return "per cent"
        case .count: return "number"
        case .ratePer10000: return "per 10,000 children"
        case .gbpMillion: return "£ million"
        case .gbpBillion: return "£ billion"
        case .ratio: return "ratio"
        }
    }
}

/// A named statistical series (`Recommendations/metrics.yaml`).
public struct Metric: Sendable, Codable, Hashable {
    /// A kebab-case id, e.g. `turnover-rate`.
    public var id: String
    /// What it measures, for people.
    public var title: String
    /// The unit of its values.
    public var unit: MetricUnit
    /// A longer description.
    public var description: String?
    /// Who publishes it.
    public var source: String?
    /// How often it is published and for which dates, when known.
    public var frequency: ReportingFrequency?
    /// Where its method changed so that figures before and after do not compare, oldest first.
    public var breaks: [SeriesBreak]

    /// Creates a metric.
    public init(id: String, title: String, unit: MetricUnit, description: String? = nil, source: String? = nil,
                frequency: ReportingFrequency? = nil, breaks: [SeriesBreak] = []) {
        self.breaks = breaks
        self.id = id
        self.title = title
        self.unit = unit
        self.description = description
        self.source = source
        self.frequency = frequency
    }
}

/// Number formatting that is the same on every machine: thousands separators, no trailing zeros.
public enum NumberText {
    /// "81,770", "13.8", "0.5".
    public static func format(_ value: Double) -> String {
        guard let (negative, whole, fraction) = parts(of: value) else { return "\(value)" }
        // Written byte by byte: every figure of every recommendation is formatted, and grouping the digits by
        // cutting Strings cost some 3,000 instructions a figure. At most "-" + 15 digits + 4 commas + "." + 3 digits.
        return String(unsafeUninitializedCapacity: 32) { buffer in
            var count = 0
            if negative {
                buffer[0] = UInt8(ascii: "-")
                count = 1
            }
            var digits = 1
            var power = 10
            while power <= whole {
                digits += 1
                power *= 10
            }
            count += digits + (digits - 1) / 3
            var rest = whole, position = count - 1, written = 0
            repeat {
                if written > 0 && written % 3 == 0 {
                    buffer[position] = UInt8(ascii: ",")
                    position -= 1
                }
                buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                written += 1
                position -= 1
            } while rest > 0
            guard fraction > 0 else { return count }
            // The hundredths as two digits without trailing zeros (three, as String(fraction) gave, were they to round to 100).
            var decimals = fraction
            var width = decimals >= 100 ? 3 : 2
            while decimals % 10 == 0 {
                decimals /= 10
                width -= 1
            }
            buffer[count] = UInt8(ascii: ".")
            for place in stride(from: width, to: 0, by: -1) {
                buffer[count + place] = UInt8(ascii: "0") + UInt8(decimals % 10)
                decimals /= 10
            }
            return count + 1 + width
        }
    }

    /// The sign, the whole part and the hundredths of `value` rounded to hundredths; nil for a value that is not
    /// finite or is 1e15 or more (Int() traps beyond 2^63: such values never come from validated data, but a message
    /// may quote one).
    static func parts(of value: Double) -> (negative: Bool, whole: Int, hundredths: Int)? {
        guard value.isFinite, abs(value) < 1e15 else { return nil }
        let rounded = (value * 100).rounded() / 100
        let magnitude = abs(rounded)
        let whole = Int(magnitude)
        return (rounded < 0, whole, Int(((magnitude - Double(whole)) * 100).rounded()))
    }
}
