import RecTrackCore
@testable import RecTrackReports
import Testing

/// The charts' arithmetic: round ticks, room around the marks, coordinates the same everywhere.
@Suite struct ChartTests {
    @Test func turnoverScaleLeavesRoomBelowTheTarget() {
        let scale = ChartScale(covering: [15.1, 13.5, 15.4, 13.8, 10])
        #expect(scale.lower == 8)
        #expect(scale.upper == 16)
        #expect(scale.ticks == [8, 10, 12, 14, 16])
    }

    @Test func negativeSeriesReachesZeroTarget() {
        let scale = ChartScale(covering: [-40, -47, -48, -45, -42, 0])
        #expect(scale.lower <= -48 && scale.upper >= 0)
        #expect(scale.ticks.contains(0))
        #expect(scale.ticks.first == scale.lower && scale.ticks.last == scale.upper)
    }

    @Test func countsNeverDropBelowZero() {
        let scale = ChartScale(covering: [0, 81_770, 83_630])
        #expect(scale.lower == 0)
        #expect(scale.upper >= 83_630)
    }

    @Test func singleValueStillHasARange() {
        let scale = ChartScale(covering: [5])
        #expect(scale.lower < 5 && scale.upper > 5)
    }

    @Test(arguments: [(0.3, 0.5), (1.0, 1.0), (1.2, 2.0), (2.5, 5.0), (7.0, 10.0), (1_400.0, 2_000.0)])
    func niceSteps(_ raw: Double, _ expected: Double) {
        #expect(ChartScale.niceStep(raw) == expected)
    }

    @Test(arguments: [(12.0, "12"), (12.5, "12.5"), (-3.25, "-3.25"), (0.004, "0"), (1e7, "10000000"), (2.10, "2.1")])
    func svgNumbers(_ value: Double, _ text: String) {
        #expect(SVGNumber.text(value) == text)
    }

    @Test func metricChartLabelsAxesTargetBaselineAndLatest() {
        let metric = MetricState(metric: "turnover-rate", title: "Turnover", unit: .percent,
                                 baseline: MetricBaseline(period: Day("2016-09-30")!, value: 15.1), target: 10, direction: .down,
                                 latest: SeriesPoint(period: Day("2024-09-30")!, value: 13.8, evidence: "e2", source: "DfE"),
                                 progress: 0.255, trend: .down,
                                 series: [SeriesPoint(period: Day("2016-09-30")!, value: 15.1, evidence: "e1", source: "DfE"),
                                          SeriesPoint(period: Day("2024-09-30")!, value: 13.8, evidence: "e2", source: "DfE")])
        let svg = MetricChart(metric: metric, idPrefix: "R6-m1").render().html
        #expect(svg.contains("<title id=\"R6-m1-chart-title\">Turnover</title>"))
        #expect(svg.contains("aria-labelledby=\"R6-m1-chart-title R6-m1-chart-desc\""))
        #expect(svg.contains(">Per cent</text>"))
        #expect(svg.contains(">Date the figure refers to</text>"))
        #expect(svg.contains(">2017</text>") && svg.contains(">2023</text>"))
        #expect(svg.contains("Target 10%"))
        #expect(svg.contains("Latest 13.8%"))
        #expect(svg.contains("Baseline, the report&#39;s starting point: 15.1% on 30 Sep 2016"))
        #expect(MetricChart.description(metric).contains("The latest figure, 13.8%, is 25.5% of the way from the baseline to the target."))
    }

    @Test func narrowLayoutHasItsOwnIDsAndFewerYearTicks() {
        let metric = MetricState(metric: "m", title: "Spending", unit: .gbpMillion,
                                 baseline: MetricBaseline(period: Day("2010-03-31")!, value: 100), target: 150, direction: .up,
                                 latest: nil, progress: 0, trend: nil, series: [],
                                 targetOrigin: TargetOrigin(setBy: .tracker, reason: "the report names no figure"))
        let svg = MetricChart(metric: metric, idPrefix: "R2-m1", layout: .narrow).render().html
        #expect(svg.hasPrefix("<svg class=\"chart metric-chart narrow\" viewBox=\"0 0 420 450\""))
        #expect(svg.contains("aria-labelledby=\"R2-m1-narrow-chart-title R2-m1-narrow-chart-desc\""))
        #expect(svg.contains(">£ million</text>"))
        #expect(svg.contains("Baseline: £100m on 31 Mar 2010"))
        #expect(svg.components(separatedBy: "class=\"tick\">20").count - 1 <= 5)
        #expect(MetricChart.caption(metric) == "Baseline £100m on 31 March 2010; target £150m, higher is better, set by this tracker: the report names no figure. No figure is newer than the baseline yet.")
        let unstated = MetricState(metric: "m", title: "Spending", unit: .gbpMillion,
                                   baseline: MetricBaseline(period: Day("2010-03-31")!, value: 100), target: 150, direction: .up,
                                   latest: nil, progress: 0, trend: nil, series: [])
        #expect(MetricChart.caption(unstated).contains("higher is better, who set it not recorded."))
    }

    @Test func statusChartShowsEveryStatusWithItsCount() throws {
        let assessments = try HostileFixture.assessed().assessments
        let svg = StatusChart(assessments: assessments).render().html
        for label in ["Implemented", "Substantial", "Limited", "No progress", "Not assessed", "Rejected"] {
            #expect(svg.contains(">\(label)</text>"))
        }
        #expect(svg.contains("Bar chart of the 3 recommendations by status: 0 implemented, 0 substantial, 1 limited, 0 no progress, 1 not assessed, 1 rejected."))
    }

    /// The chart's sentence is written from the counts, most common first (ties in the chart's order), and the
    /// table beside it holds every status, none as 0; the SVG is hidden from screen readers, which read those two.
    @Test func statusChartHasASummaryAndATableOfItsFigures() throws {
        let assessments = try HostileFixture.assessed().assessments
        #expect(StatusChart.summary(assessments) == "1 of the 3 recommendations is limited, 1 not assessed and 1 rejected.")
        var more = assessments + assessments + [assessments[1]]
        #expect(StatusChart.summary(more) == "3 of the 7 recommendations are rejected, 2 limited and 2 not assessed.")
        more = more.map { var a = $0; a.status = .substantial; return a }
        #expect(StatusChart.summary(more) == "All 7 recommendations are substantial.")
        #expect(StatusChart.summary(Array(more.prefix(1))) == "The one recommendation is substantial.")
        #expect(StatusChart.summary(more.prefix(2) + [assessments[0]]) == "2 of the 3 recommendations are substantial and 1 limited.")
        #expect(StatusChart.summary([]) == "There are no recommendations to count.")
        let table = StatusChart(assessments: assessments).figuresTable().html
        #expect(HTMLScan.blocks("tr", in: table).count == 7)
        #expect(table.contains("<tr><th scope=\"row\"><strong class=\"badge s-limited\">Limited</strong></th><td class=\"num\">1</td></tr>"))
        #expect(table.contains("<tr><th scope=\"row\"><strong class=\"badge s-implemented\">Implemented</strong></th><td class=\"num\">0</td></tr>"))
        let svg = StatusChart(assessments: assessments).render().html
        #expect(svg.hasPrefix("<svg class=\"chart status-chart\" viewBox=\"0 0 440 256\" aria-hidden=\"true\" focusable=\"false\">"))
    }
}

@Suite("Metric lines never cross years with no figure")
struct MetricChartGapTests {
    static func point(_ period: String, _ value: Double) -> SeriesPoint {
        SeriesPoint(period: Day(period)!, value: value, evidence: "e-\(period)", source: "DfE")
    }

    @Test("an annual series with missing years is drawn in runs, and the description says so")
    func gapsBreakTheLine() {
        let series = [Self.point("2016-09-30", 15.1), Self.point("2019-09-30", 15.1), Self.point("2020-09-30", 13.5),
                      Self.point("2021-09-30", 15.4), Self.point("2024-09-30", 13.8), Self.point("2025-09-30", 11.8)]
        #expect(MetricChart.runs(series).map { $0.map(\.period.year) } == [[2016], [2019, 2020, 2021], [2024, 2025]])
        let metric = MetricState(metric: "turnover-rate", title: "Turnover", unit: .percent,
                                 baseline: MetricBaseline(period: Day("2016-09-30")!, value: 15.1), target: 10, direction: .down,
                                 latest: series.last, progress: 0.65, trend: .down, series: series,
                                 targetOrigin: TargetOrigin(setBy: .report))
        let svg = MetricChart(metric: metric, idPrefix: "R6-m1").render().html
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 2)
        #expect(svg.components(separatedBy: "class=\"point\"").count - 1 == series.count + 1)  // and the legend's
        #expect(MetricChart.description(metric).contains("The line is broken where periods have no figure or the series changes."))
    }

    @Test("figures of different series are never joined, even a year apart")
    func seriesChangeBreaksTheLine() {
        var before = Self.point("2016-09-30", 15.1), after = Self.point("2017-09-30", 14.2)
        before.series = "before 2017-09-30"
        after.series = "from 2017-09-30"
        #expect(MetricChart.runs([before, after]).count == 2)
    }

    @Test("a series label from a file is text in the chart, never markup")
    func seriesLabelsAreEscaped() {
        var first = Self.point("2018-09-30", 14), second = Self.point("2019-09-30", 13)
        first.series = "<i>old</i> & \"method\""
        second.series = "<script>alert(1)</script>"
        let metric = MetricState(metric: "turnover-rate", title: "Turnover", unit: .percent,
                                 baseline: MetricBaseline(period: Day("2016-09-30")!, value: 15), target: 10, direction: .down,
                                 latest: second, progress: 0, trend: .down, series: [first, second], targetOrigin: TargetOrigin(setBy: .report))
        let svg = MetricChart(metric: metric, idPrefix: "R1-m1").render().html
        #expect(!svg.contains("<script>") && !svg.contains("<i>"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && svg.contains("&lt;i&gt;old&lt;/i&gt; &amp; &quot;method&quot;"))
    }

    @Test("a series with a figure every year is one line")
    func everyYearIsOneRun() {
        let series = (2017...2024).map { Self.point("\($0)-03-31", Double($0 - 2000)) }
        #expect(MetricChart.runs(series).count == 1)
        #expect(MetricChart.runs([Self.point("2020-03-31", 1)]).count == 1)
    }
}
