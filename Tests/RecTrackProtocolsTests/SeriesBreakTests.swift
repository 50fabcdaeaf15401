import Testing
import RecTrackCore
import RecTrackProtocols
import RecTrackTestSupport

/// Figures that do not compare are never compared: a break in a metric's method, or separate analyses of
/// different spans, change which figure progress and pace are measured from.
@Suite("Series breaks and changes of method")
struct SeriesBreakTests {
    static let turnover = """
    kind: metric
    metric: turnover-rate
    baseline: {period: 2016-09-30, value: 15}
    target: {value: 10, direction: down, set-by: report}
    """

    static func metrics(breaks: String) -> String {
        ExampleTracker.metrics + "\n" + breaks
    }

    static func figure(_ period: String, _ value: Double, series: String? = nil) -> String {
        let id = "\(Int(period.prefix(4))! + 1)-02-01-stats-\(period.prefix(4))"
        return ExampleTracker.evidence(id, kind: "statistics", effect: "context")
            .replacingOccurrences(of: "recorded:", with: """
            observations:
              - {metric: turnover-rate, period: \(period), value: \(value)\(series.map { ", series: \"\($0)\"" } ?? "")}
            recorded:
            """)
    }

    static func assess(_ evidence: [String], metrics: String = ExampleTracker.metrics) throws -> MetricState {
        let result = ExampleTracker.load(protocol: turnover, evidence: evidence, metrics: metrics)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.diagnostics.map(\.formatted))")
        let tracker = try #require(result.tracker)
        let assessment = Evaluator(tracker: tracker).assess(tracker.recommendations[0], asOf: Day(year: 2026, month: 1, day: 1)!)
        return try #require(assessment.metrics.first)
    }

    static let breakIn2017 = """
        breaks:
          - {date: 2017-09-30, reason: individual-level data from 2017; earlier years are council totals}
    """

    @Test("one series: progress is measured from the report's baseline")
    func oneSeries() throws {
        let metric = try Self.assess([Self.figure("2016-09-30", 15), Self.figure("2019-09-30", 14), Self.figure("2024-09-30", 12.5)])
        #expect(metric.comparedFrom == nil && metric.notComparableYet == nil)
        #expect(metric.progress == 0.5)
    }

    @Test("a break: progress and pace are measured from the first figure after it; the report's figure is context")
    func breakMovesTheStart() throws {
        let metric = try Self.assess([Self.figure("2016-09-30", 15), Self.figure("2019-09-30", 14), Self.figure("2024-09-30", 12)],
                                     metrics: Self.metrics(breaks: Self.breakIn2017))
        #expect(metric.comparedFrom == MetricBaseline(period: Day("2019-09-30")!, value: 14))
        #expect(metric.progress == 0.5)  // from 14 to 12 of the way from 14 to 10
        #expect(metric.series.map(\.series) == ["before 2017-09-30", "from 2017-09-30", "from 2017-09-30"])
        #expect(metric.pace?.years == 5)
    }

    @Test("separate analyses of different spans: the latest alone in its series is not comparable yet")
    func separateEstimates() throws {
        let metric = try Self.assess([Self.figure("2016-09-30", 15, series: "First analysis"),
                                      Self.figure("2024-09-30", 11, series: "Second analysis")])
        #expect(metric.notComparableYet == true)
        #expect(metric.progress == 0)
        #expect(metric.pace == nil)
    }

    @Test("a figure past the target that is not comparable yet finishes nothing: not implemented, in the assessment and its verdict")
    func notComparableReachesNothing() throws {
        let evidence = [Self.figure("2016-09-30", 15), Self.figure("2021-09-30", 9.8)]
        let result = ExampleTracker.load(protocol: Self.turnover, evidence: evidence, metrics: Self.metrics(breaks: Self.breakIn2017))
        let tracker = try #require(result.tracker)
        let evaluator = Evaluator(tracker: tracker)
        let assessment = evaluator.assess(tracker.recommendations[0], asOf: Day(year: 2022, month: 6, day: 30)!)
        #expect(assessment.metrics.first?.notComparableYet == true)
        #expect(assessment.status != .implemented)
        #expect(assessment.progress == 0)
        #expect(assessment.metrics.first?.deadline?.metOn == nil)
        // The quick verdict, which trends and diffs compare with, decides the same.
        let verdict = evaluator.assessAll(asOf: Day(year: 2022, month: 6, day: 30)!).first
        #expect(verdict?.status == assessment.status)
        // A second figure of the new series makes it comparable, and then reaching the target counts.
        let later = ExampleTracker.load(protocol: Self.turnover, evidence: evidence + [Self.figure("2023-09-30", 9.5)],
                                        metrics: Self.metrics(breaks: Self.breakIn2017))
        let laterTracker = try #require(later.tracker)
        #expect(Evaluator(tracker: laterTracker).assess(laterTracker.recommendations[0], asOf: Day(year: 2024, month: 6, day: 30)!).status == .implemented)
    }

    @Test("a later figure of the same analysis makes it comparable again, from that analysis's first figure")
    func laterFigureOfTheSameAnalysis() throws {
        let metric = try Self.assess([Self.figure("2016-09-30", 15, series: "First analysis"),
                                      Self.figure("2020-09-30", 13, series: "Second analysis"),
                                      Self.figure("2024-09-30", 11.5, series: "Second analysis")])
        #expect(metric.comparedFrom == MetricBaseline(period: Day("2020-09-30")!, value: 13))
        #expect(metric.notComparableYet == nil)
    }

    @Test("a bridged break divides nothing: progress is measured from the report's baseline again")
    func bridgedBreak() throws {
        let bridged = """
            breaks:
              - {date: 2017-09-30, reason: a new census, bridge: the source publishes 2016 on both methods and they agree}
        """
        let metric = try Self.assess([Self.figure("2016-09-30", 15), Self.figure("2019-09-30", 14), Self.figure("2024-09-30", 12.5)],
                                     metrics: Self.metrics(breaks: bridged))
        #expect(metric.comparedFrom == nil && metric.notComparableYet == nil)
        #expect(metric.progress == 0.5)
        #expect(metric.series.allSatisfy { $0.series == nil })
    }

    @Test("two series that give one period different figures are a warning at both")
    func disagreeingSeries() throws {
        let result = ExampleTracker.load(protocol: Self.turnover, evidence: [
            Self.figure("2019-09-30", 14, series: "First analysis"),
            Self.figure("2019-09-30", 14.5, series: "Second analysis").replacingOccurrences(of: "stats-2019", with: "other-2019")])
        let warnings = result.diagnostics.diagnostics.filter { $0.code == .seriesDisagree }
        #expect(warnings.count == 2)
        #expect(warnings.first?.message.contains("turnover-rate for 2019-09-30 is") == true)
    }
}
