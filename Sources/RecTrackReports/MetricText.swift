import RecTrackCore

/// The sentences the views give about a metric beyond its figures and target: how fast it is moving by the
/// published method, and whether the latest figure due is in.
enum MetricText {
    /// "Pace (Open SDG method): Progress made but acceleration needed. Moving at 1.1% a year …", or nil before a figure.
    static func pace(_ metric: MetricState) -> String? {
        guard let pace = metric.pace else { return nil }
        var text = "Pace, by the Open SDG progress method: \(pace.category.label)."
        if let rate = pace.observedRate {
            let from = metric.comparedFrom ?? metric.baseline
            text += " The figure has changed by \(percent(rate)) a year since \(metric.unit.format(from.value)) on \(DateText.long(from.period))"
            if let required = pace.requiredRate { text += "; reaching the target on its date needs \(percent(required)) a year" }
            text += "."
        }
        if let reason = pace.reason { text += " " + reason.sentence }
        for adjustment in pace.adjustments { text += " " + adjustment.sentence }
        return text
    }

    /// "The figure for the period ending 30 September 2025 is due but not yet on file.", or nil when it is in or nothing is known.
    static func latestPeriod(_ metric: MetricState) -> String? {
        guard let check = metric.latestPeriod, !check.latestPeriodObserved, let expected = check.expectedPeriod else { return nil }
        return "The figure for the period ending \(DateText.long(expected)) is due but not yet on file."
    }

    /// One sentence when the latest figure is not measured from the report's baseline: "Turnover: measured from
    /// 15.1% (Sep 2019), after a change of method." Nil otherwise.
    static func comparability(_ metric: MetricState) -> String? {
        let title = metric.title
        if metric.notComparableYet == true {
            return "\(title): not comparable yet (its latest figure is the first of its series)."
        }
        guard let from = metric.comparedFrom else { return nil }
        return "\(title): measured from \(metric.unit.format(from.value)) (\(FactDate(from.period).monthAndYear)), after a change of method."
    }

    /// A yearly rate as a signed per cent: "+2.3%", "-1.1%".
    private static func percent(_ rate: Double) -> String {
        let value = (rate * 1000).rounded() / 10
        return (value > 0 ? "+" : "") + NumberText.format(value) + "%"
    }
}
