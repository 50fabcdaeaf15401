import RecTrackCore

/// A recommendation page's metric chart: the observations as a line, the report's baseline
/// as a marked point, the target as a dashed line, and both axes labelled with the unit and
/// the periods, as inline SVG with a title and description. A legend says which mark is which.
///
/// Two layouts: `wide` for screens and paper, `narrow` for phones, where the wide chart's
/// text would shrink below reading size; the stylesheet shows one or the other.
struct MetricChart {
    /// Where things go in the chart's own units.
    struct Layout {
        /// `wide` or `narrow`: a class on the SVG and a suffix of its ids.
        let name: String
        let width: Double, height: Double
        let plotLeft: Double, plotRight: Double, plotTop: Double, plotBottom: Double
        /// At most this many year ticks.
        let yearTicks: Int
        /// Where the legend's observed, target and baseline entries start.
        let legend: [(x: Double, y: Double)]
        /// Whether the baseline's legend entry spells out "the report's starting point".
        let longBaselineLabel: Bool

        static let wide = Layout(name: "wide", width: 720, height: 430, plotLeft: 76, plotRight: 570, plotTop: 24, plotBottom: 290,
                                 yearTicks: 8, legend: [(76, 380), (296, 380), (76, 412)], longBaselineLabel: true)
        static let narrow = Layout(name: "narrow", width: 420, height: 450, plotLeft: 58, plotRight: 296, plotTop: 20, plotBottom: 270,
                                   yearTicks: 5, legend: [(12, 362), (12, 394), (12, 426)], longBaselineLabel: false)
    }

    let metric: MetricState
    /// Makes the SVG's element ids unique on the page, e.g. `R6-m1`.
    let idPrefix: String
    /// Which layout.
    var layout: Layout = .wide

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
        let (left, right, top, bottom) = (layout.plotLeft, layout.plotRight, layout.plotTop, layout.plotBottom)
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
        let step = max(1, (lastYear - firstYear + layout.yearTicks) / layout.yearTicks)
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
        <text transform="translate(16 \(n((top + bottom) / 2))) rotate(-90)" text-anchor="middle" class="axis-title">\(unit.axisLabel.capitalisedFirst)</text>
        """)
        // The target: a dashed line across the plot.
        parts.append("<line x1=\"\(n(left))\" y1=\"\(n(y(metric.target)))\" x2=\"\(n(right))\" y2=\"\(n(y(metric.target)))\" class=\"target\"/>")
        // The observations: a line joins only figures with no period missing between them.
        for run in MetricChart.runs(points) where run.count > 1 {
            let line = run.map { "\(n(x($0.period))),\(n(y($0.value)))" }.joined(separator: " ")
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
        let (observed, target, baseline) = (layout.legend[0], layout.legend[1], layout.legend[2])
        let baselineText = layout.longBaselineLabel ? "Baseline, the report's starting point" : "Baseline"
        parts.append("""
        <g class="legend">
        <line x1="\(n(observed.x))" y1="\(n(observed.y))" x2="\(n(observed.x + 28))" y2="\(n(observed.y))" class="series"/><circle cx="\(n(observed.x + 14))" cy="\(n(observed.y))" r="5" class="point"/>
        <text x="\(n(observed.x + 38))" y="\(n(observed.y + 5))" class="legend-text">Observed figure</text>
        <line x1="\(n(target.x))" y1="\(n(target.y))" x2="\(n(target.x + 28))" y2="\(n(target.y))" class="target"/>
        <text x="\(n(target.x + 38))" y="\(n(target.y + 5))" class="legend-text">Target: \(unit.format(metric.target)), \(metric.direction == .down ? "lower" : "higher") is better</text>
        <path d="M\(n(baseline.x + 14)) \(n(baseline.y - 9))L\(n(baseline.x + 23)) \(n(baseline.y))L\(n(baseline.x + 14)) \(n(baseline.y + 9))L\(n(baseline.x + 5)) \(n(baseline.y))Z" class="baseline"/>
        <text x="\(n(baseline.x + 38))" y="\(n(baseline.y + 5))" class="legend-text">\(baselineText): \(unit.format(metric.baseline.value)) on \(DateText.short(metric.baseline.period))</text>
        </g>
        """)

        let ids = layout.name == "wide" ? idPrefix : "\(idPrefix)-\(layout.name)"
        let titleID = "\(ids)-chart-title", descID = "\(ids)-chart-desc"
        return """
        <svg class="chart metric-chart \(layout.name)" viewBox="0 0 \(n(layout.width)) \(n(layout.height))" role="img" aria-labelledby="\(titleID) \(descID)">
        <title id="\(titleID)">\(metric.title)</title>
        <desc id="\(descID)">\(MetricChart.description(metric))</desc>
        \(Markup.join(parts, separator: "\n"))
        </svg>
        """
    }

    /// The observations in runs that a line may join: a new run starts where the series changes (a break in the
    /// method, or a separate analysis), and where the gap to the next figure is more than a year and more than half
    /// again the series' shortest gap, so no line crosses years with no figure.
    static func runs(_ points: [SeriesPoint]) -> [[SeriesPoint]] {
        guard points.count > 1 else { return [points] }
        let gaps = zip(points, points.dropFirst()).map { $1.period.ordinal - $0.period.ordinal }
        let shortest = gaps.min()!
        var runs: [[SeriesPoint]] = [[points[0]]]
        for (gap, point) in zip(gaps, points.dropFirst()) {
            if point.series != runs[runs.count - 1].last!.series || (gap > 400 && Double(gap) > Double(shortest) * 1.5) {
                runs.append([point])
            } else {
                runs[runs.count - 1].append(point)
            }
        }
        return runs
    }

    /// One sentence under the chart: where the figure started, where it is and where it should get to.
    static func caption(_ metric: MetricState) -> String {
        let unit = metric.unit
        let start = "Baseline \(unit.format(metric.baseline.value)) on \(DateText.long(metric.baseline.period))"
        let goal = "target \(unit.format(metric.target)), \(metric.direction == .down ? "lower" : "higher") is better, "
            + (metric.targetOrigin?.words ?? "who set it not recorded")
        guard let latest = metric.latest else { return "\(start); \(goal). No figure is newer than the baseline yet." }
        let share = NumberText.format((metric.progress * 1000).rounded() / 10)
        let measured: String
        if metric.notComparableYet == true {
            measured = "Not comparable yet: no earlier figure of the latest's series to measure from."
        } else if let from = metric.comparedFrom {
            measured = "The latest figure is \(share)% of the way to the target from \(unit.format(from.value)) on \(DateText.long(from.period)), the first figure of its series; the baseline is from another series."
        } else {
            measured = "The latest figure is \(share)% of the way from the baseline to the target."
        }
        return "\(start); latest \(unit.format(latest.value)) on \(DateText.long(latest.period)); \(goal). \(measured)"
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
            if Set(metric.series.map(\.series)).count > 1 {
                text += "The figures come from more than one series, which do not compare: "
                text += metric.series.map(\.series).uniqued.map { $0 ?? "the metric's own" }.joined(separator: "; ") + ". "
            }
            if MetricChart.runs(metric.series).count > 1 {
                text += "The line is broken where periods have no figure or the series changes. "
            }
            if let latest = metric.latest {
                text += "The latest figure, \(unit.format(latest.value)), is \(NumberText.format((metric.progress * 1000).rounded() / 10))% of the way from the baseline to the target."
            } else {
                text += "No figure is newer than the baseline yet."
            }
        }
        return text
    }
}
