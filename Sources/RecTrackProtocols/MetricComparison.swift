import RecTrackCore

extension MetricProtocol {
    /// Which figure the latest is measured from: the report's baseline when both are of one series, or else the
    /// earliest figure of the latest's series, with the report's figure kept as the report-era context. None at
    /// all when the latest is the first figure of its series: it is not comparable yet.
    struct Comparison {
        /// The starting figure progress and pace are measured from; nil when nothing comparable exists.
        let baseline: MetricBaseline?
        /// A sentence on why the report's figure is not the starting point, when it is not.
        let context: String?

        init(latest: SeriesPoint, reportBaseline: MetricBaseline, series: [SeriesPoint], definition: Metric) {
            let unit = definition.unit
            let latestSeries = latest.series ?? ""
            let reportSeries = series.first { $0.period == reportBaseline.period }?.series
                ?? definition.series(of: reportBaseline.period, label: nil)
            if reportSeries == latestSeries {
                baseline = reportBaseline
                context = nil
                return
            }
            let why = definition.breaks.first { $0.bridge == nil && reportBaseline.period < $0.date && $0.date <= latest.period }
                .map { "; \($0.reason)" } ?? ""
            let report = "The report's starting figure, \(unit.format(reportBaseline.value)) at \(reportBaseline.period), is from another series (\(reportSeries.isEmpty ? "the metric's first" : reportSeries))\(why), so it is shown as the report-era context, not measured from."
            if let first = series.first(where: { ($0.series ?? "") == latestSeries && $0.period < latest.period }) {
                baseline = MetricBaseline(period: first.period, value: first.value)
                context = report + " Progress is measured from \(unit.format(first.value)) at \(first.period), the first figure of the latest's series (\(latestSeries))."
            } else {
                baseline = nil
                context = report
            }
        }
    }
}
