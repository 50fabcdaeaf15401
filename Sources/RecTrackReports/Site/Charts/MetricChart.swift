import RecTrackCore

/// A recommendation page's metric chart: the observations as a line, the report's baseline
/// as a marked point, the target as a dashed line, and both axes labelled with the unit and
/// the periods, as inline SVG with a title and description. A legend says which mark is which.
struct MetricChart {
    let metric: MetricState
    /// Makes the SVG's element ids unique on the page, e.g. `R6-turnover-rate`.
    let idPrefix: String

    static let width = 720.0, height = 430.0
    static let plotLeft = 76.0, plotRight = 570.0, plotTop = 24.0, plotBottom = 290.0

    func render() -> Markup {
        let points = metric.series
        let unit = metric.unit
        let days = points.map(\.period.ordinal) + [metric.baseline.period.ordinal]
        var firstDay = Double(days.min()!), lastDay = Double(days.max()!)
        if lastDay - firstDay < 180 { firstDay -= 365; lastDay += 365 }
        let pad = (lastDay - firstDay) * 0.04
        firstDay -= pad
        lastDay += pad
        let scale = ChartScale(covering: points.map(\.value) + [metric.baseline.value, metric.target])
        let (left, right, top, bottom) = (MetricChart.plotLeft, MetricChart.plotRight, MetricChart.plotTop, MetricChart.plotBottom)
        func x(_ day: Day) -> Double { left + (Double(day.ordinal) - firstDay) / (lastDay - firstDay) * (right - left) }
        func y(_ value: Double) -> Double { scale.position(value, from: bottom, to: top) }
        let n = SVGNumber.text

        var parts: [Markup] = []
        // Horizontal grid lines and value ticks.
        for tick in scale.ticks {
            parts.append("""
            <line x1="\(n(left))" y1="\(n(y(tick)))" x2="\(n(right))" y2="\(n(y(tick)))" class="grid"/>\
            <text x="\(n(left - 8))" y="\(n(y(tick) + 5))" text-anchor="end" class="tick">\(NumberText.format(tick))</text>
            """)
        }
        // Year ticks along the bottom.
        let firstYear = Day(ordinal: Int(firstDay.rounded(.up))).year + 1
        let lastYear = Day(ordinal: Int(lastDay.rounded(.down))).year
        let step = max(1, (lastYear - firstYear + 8) / 8)
        for year in stride(from: firstYear, through: lastYear, by: step) {
            let day = Day(year: year, month: 1, day: 1)!
            parts.append("""
            <line x1="\(n(x(day)))" y1="\(n(bottom))" x2="\(n(x(day)))" y2="\(n(bottom + 6))" class="axis"/>\
            <text x="\(n(x(day)))" y="\(n(bottom + 24))" text-anchor="middle" class="tick">\(year)</text>
            """)
        }
        parts.append("""
        <line x1="\(n(left))" y1="\(n(bottom))" x2="\(n(right))" y2="\(n(bottom))" class="axis"/>
        <line x1="\(n(left))" y1="\(n(top))" x2="\(n(left))" y2="\(n(bottom))" class="axis"/>
        <text x="\(n((left + right) / 2))" y="\(n(bottom + 50))" text-anchor="middle" class="axis-title">Date the figure refers to</text>
        <text transform="translate(18 \(n((top + bottom) / 2))) rotate(-90)" text-anchor="middle" class="axis-title">\(unit.axisLabel.capitalisedFirst)</text>
        """)
        // The target: a dashed line across the plot.
        parts.append("<line x1=\"\(n(left))\" y1=\"\(n(y(metric.target)))\" x2=\"\(n(right))\" y2=\"\(n(y(metric.target)))\" class=\"target\"/>")
        // The observations.
        if points.count > 1 {
            let line = points.map { "\(n(x($0.period))),\(n(y($0.value)))" }.joined(separator: " ")
            parts.append("<polyline points=\"\(line)\" class=\"series\"/>")
        }
        for point in points {
            parts.append("<circle cx=\"\(n(x(point.period)))\" cy=\"\(n(y(point.value)))\" r=\"5\" class=\"point\"/>")
        }
        // The baseline: a diamond, labelled beside it.
        let bx = x(metric.baseline.period), by = y(metric.baseline.value)
        parts.append("<path d=\"M\(n(bx)) \(n(by - 9))L\(n(bx + 9)) \(n(by))L\(n(bx)) \(n(by + 9))L\(n(bx - 9)) \(n(by))Z\" class=\"baseline\"/>")
        // Labels in the right margin: the target and the latest figure, nudged apart so they never overlap.
        var labels: [(y: Double, first: String, second: String, className: String)] = [
            (y(metric.target), "Target \(unit.format(metric.target))", metric.direction == .down ? "lower is better" : "higher is better", "target-label"),
        ]
        if let latest = points.last {
            labels.append((y(latest.value), "Latest \(unit.format(latest.value))", DateText.short(latest.period), "latest-label"))
        }
        labels.sort { $0.y < $1.y }
        if labels.count == 2, labels[1].y - labels[0].y < 44 {
            let middle = (labels[0].y + labels[1].y) / 2
            labels[0].y = middle - 22
            labels[1].y = middle + 22
        }
        for label in labels {
            parts.append("""
            <text x="\(n(right + 12))" y="\(n(label.y - 2))" class="\(label.className)">\(label.first)<tspan x="\(n(right + 12))" dy="18" class="mark-note">\(label.second)</tspan></text>
            """)
        }
        // The legend, which also gives the baseline's figure and date.
        let row1 = MetricChart.height - 50, row2 = MetricChart.height - 18
        parts.append("""
        <g class="legend">
        <line x1="\(n(left))" y1="\(n(row1))" x2="\(n(left + 28))" y2="\(n(row1))" class="series"/><circle cx="\(n(left + 14))" cy="\(n(row1))" r="5" class="point"/>
        <text x="\(n(left + 38))" y="\(n(row1 + 5))" class="legend-text">Observed figure</text>
        <line x1="\(n(left + 220))" y1="\(n(row1))" x2="\(n(left + 256))" y2="\(n(row1))" class="target"/>
        <text x="\(n(left + 266))" y="\(n(row1 + 5))" class="legend-text">Target: \(unit.format(metric.target)), \(metric.direction == .down ? "lower" : "higher") is better</text>
        <path d="M\(n(left + 14)) \(n(row2 - 9))L\(n(left + 23)) \(n(row2))L\(n(left + 14)) \(n(row2 + 9))L\(n(left + 5)) \(n(row2))Z" class="baseline"/>
        <text x="\(n(left + 38))" y="\(n(row2 + 5))" class="legend-text">Baseline, the report's starting point: \(unit.format(metric.baseline.value)) on \(DateText.short(metric.baseline.period))</text>
        </g>
        """)

        let titleID = "\(idPrefix)-chart-title", descID = "\(idPrefix)-chart-desc"
        return """
        <svg class="chart metric-chart" viewBox="0 0 \(n(MetricChart.width)) \(n(MetricChart.height))" role="img" aria-labelledby="\(titleID) \(descID)">
        <title id="\(titleID)">\(metric.title)</title>
        <desc id="\(descID)">\(MetricChart.description(metric))</desc>
        \(Markup.join(parts, separator: "\n"))
        </svg>
        """
    }

    /// One sentence under the chart: where the figure started, where it is and where it should get to.
    static func caption(_ metric: MetricState) -> String {
        let unit = metric.unit
        let start = "Baseline \(unit.format(metric.baseline.value)) on \(DateText.long(metric.baseline.period))"
        let goal = "target \(unit.format(metric.target)), \(metric.direction == .down ? "lower" : "higher") is better"
        guard let latest = metric.latest else { return "\(start); \(goal). No figure is newer than the baseline yet." }
        let share = NumberText.format((metric.progress * 1000).rounded() / 10)
        return "\(start); latest \(unit.format(latest.value)) on \(DateText.long(latest.period)); \(goal). The latest figure is \(share)% of the way from the baseline to the target."
    }

    /// The chart in words, for screen readers (the SVG's description).
    static func description(_ metric: MetricState) -> String {
        let unit = metric.unit
        var text = "Line chart, \(unit.axisLabel) against the date each figure refers to. "
        text += "Baseline \(unit.format(metric.baseline.value)) on \(DateText.long(metric.baseline.period)); "
        text += "target \(unit.format(metric.target)) (\(metric.direction == .down ? "lower" : "higher") is better). "
        if metric.series.isEmpty {
            text += "No figures have been observed yet."
        } else {
            text += "Observed: " + metric.series.map { "\(unit.format($0.value)) on \(DateText.long($0.period))" }.joined(separator: "; ") + ". "
            if let latest = metric.latest {
                text += "The latest figure, \(unit.format(latest.value)), is \(NumberText.format((metric.progress * 1000).rounded() / 10))% of the way from the baseline to the target."
            } else {
                text += "No figure is newer than the baseline yet."
            }
        }
        return text
    }
}
