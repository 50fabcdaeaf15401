import RecTrackCore

/// The index page's status-distribution chart: one labelled horizontal bar per status,
/// with the count written at the end of each bar, as inline SVG with a title and description.
struct StatusChart {
    let assessments: [Assessment]

    /// The order statuses are shown in: best first, rejected last.
    static let order: [Status] = [.implemented, .substantial, .limited, .noProgress, .notAssessed, .rejected]

    func render() -> Markup {
        let counts = StatusChart.order.map { status in (status, assessments.filter { $0.status == status }.count) }
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
        <svg class="chart status-chart" viewBox="0 0 440 \(SVGNumber.text(height))" role="img" aria-labelledby="status-chart-title status-chart-desc">
        <title id="status-chart-title">Recommendations by status</title>
        <desc id="status-chart-desc">Bar chart of the \(total) recommendations by status: \(description).</desc>
        \(Markup.join(rows, separator: "\n"))
        </svg>
        """
    }
}
