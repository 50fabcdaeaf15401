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
        // Int() traps beyond 2^63; such values never come from validated data, but a message may quote one.
        guard value.isFinite, abs(value) < 1e15 else { return "\(value)" }
        let rounded = (value * 100).rounded() / 100
        let negative = rounded < 0
        let magnitude = abs(rounded)
        let whole = Int(magnitude)
        let fraction = Int(((magnitude - Double(whole)) * 100).rounded())
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
}
