import RecTrackCore

/// The index page's status-distribution chart: one labelled horizontal bar per status,
/// with the count written at the end of each bar, as inline SVG with a title and description.
///
/// The SVG is hidden from screen readers (`aria-hidden`): the figure holds the same counts as a table beside it
/// (``figuresTable()``) and starts with a sentence saying them (``summary(_:)``), so the counts are read once,
/// in words and in a table a reader can move through, rather than three times.
struct StatusChart {
    let assessments: [Assessment]

    /// The order statuses are shown in: best first, rejected last.
    static let order: [Status] = [.implemented, .substantial, .limited, .noProgress, .notAssessed, .rejected]

    func render() -> Markup {
        let total = assessments.count
        let most = max(1, counts.map(\.1).max() ?? 1)
        let labelWidth = 140.0, barLeft = 150.0, barMax = 240.0, rowHeight = 40.0, top = 8.0
        let height = top + rowHeight * Double(counts.count) + 8
        let rows = counts.enumerated().map { index, entry -> Markup in
            let (status, count) = entry
            let y = top + rowHeight * Double(index)
            let width = Double(count) / Double(most) * barMax
            let bar: Markup = count == 0
                ? "<rect x=\"\(SVGNumber.text(barLeft))\" y=\"\(SVGNumber.text(y + 8))\" width=\"2\" height=\"24\" fill=\"\(StatusPalette.rule)\"/>"
                : "<rect x=\"\(SVGNumber.text(barLeft))\" y=\"\(SVGNumber.text(y + 8))\" width=\"\(SVGNumber.text(width))\" height=\"24\" fill=\"\(StatusPalette.colour(status))\"/>"
            return """
            <g>
            <text x="\(SVGNumber.text(labelWidth))" y="\(SVGNumber.text(y + 25))" text-anchor="end" class="chart-label">\(status.label.capitalisedFirst)</text>
            \(bar)
            <text x="\(SVGNumber.text(barLeft + max(width, 2) + 8))" y="\(SVGNumber.text(y + 25))" class="chart-value">\(count)</text>
            </g>
            """
        }
        let description = counts.map { "\($0.1) \($0.0.label)" }.joined(separator: ", ")
        return """
        <svg class="chart status-chart" viewBox="0 0 440 \(SVGNumber.text(height))" aria-hidden="true" focusable="false">
        <title id="status-chart-title">Recommendations by status</title>
        <desc id="status-chart-desc">Bar chart of the \(total) recommendations by status: \(description).</desc>
        \(Markup.join(rows, separator: "\n"))
        </svg>
        """
    }

    /// The counts the chart draws, one row per status.
    private var counts: [(status: Status, count: Int)] {
        let byStatus = Headline.statusCounts(assessments)
        return StatusChart.order.map { status in (status, byStatus[status] ?? 0) }
    }

    /// The figures behind the chart: every status, with none shown as 0, as the bars show it.
    func figuresTable() -> Markup {
        let rows = counts.map { entry -> Markup in
            "<tr><th scope=\"row\">\(Fragment.badge(entry.status))</th><td class=\"num\">\(entry.count)</td></tr>"
        }
        return """
        <table class="figures status-figures">
        <caption>The figures behind the chart</caption>
        <thead><tr><th scope="col">Status</th><th scope="col" class="num">Recommendations</th></tr></thead>
        <tbody>
        \(Markup.join(rows, separator: "\n"))
        </tbody>
        </table>
        """
    }

    /// The chart in one sentence, most common status first: "7 of the 12 recommendations are substantial, 4 limited
    /// and 1 implemented." Statuses no recommendation has are left to the table.
    static func summary(_ assessments: [Assessment]) -> String {
        let total = assessments.count
        let present = StatusChart(assessments: assessments).counts.filter { $0.count > 0 }
            .enumerated().sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element)
        guard let first = present.first else { return "There are no recommendations to count." }
        if present.count == 1 {
            return total == 1 ? "The one recommendation is \(first.status.label)." : "All \(total) recommendations are \(first.status.label)."
        }
        let rest = present.dropFirst().map { "\($0.count) \($0.status.label)" }
        let list = rest.count == 1 ? " and " + rest[0] : ", " + rest.dropLast().joined(separator: ", ") + " and " + rest.last!
        return "\(first.count) of the \(total) recommendations \(first.count == 1 ? "is" : "are") \(first.status.label)\(list)."
    }
}
