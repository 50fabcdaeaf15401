import RecTrackCore

/// `metric`: how far an official statistic has moved from its baseline towards a target.
public struct MetricProtocol: AssessmentProtocol {
    public static let description = ProtocolDescription(
        id: "metric",
        summary: "How far a statistic has moved from its baseline towards a target; progress is the share of the distance covered.",
        discussion: """
        The series is built from the `observations` of evidence (a later release's figure for the same period \
        replaces an earlier one, which is how revisions are recorded). Progress is the share of the distance from \
        the baseline to the target covered by the latest observation after the baseline, clamped to 0–100 %. \
        A figure moving the wrong way gives 0 %. With no figure after the baseline, progress is 0 %. The target \
        counts as finished only when the latest figure reaches it exactly (10.002 has not reached 10); until then \
        the metric is at most limited on its own, whatever share of the distance it has covered.
        """,
        parameters: [
            ParameterDescription("metric", .reference("metric"), "A metric defined in Recommendations/metrics.yaml."),
            ParameterDescription("baseline", .mapping([
                ParameterDescription("period", .date, "The date the baseline figure refers to."),
                ParameterDescription("value", .number(.any), "The baseline figure, in the metric's unit."),
            ]), "The value at the start, usually at the report's date."),
            ParameterDescription("target", .mapping([
                ParameterDescription("value", .number(.any), "The target figure, in the metric's unit."),
                ParameterDescription("direction", .choice(TargetDirection.allCases.map(\.rawValue)), "Which way is better: up or down."),
                ParameterDescription("set-by", .choice(TargetOrigin.Setter.allCases.map(\.rawValue)),
                                     "Who set the target: the report, the government (then give `evidence`) or this tracker (then give `reason`). Every page says which."),
                ParameterDescription("evidence", .reference("evidence"), optional: true,
                                     "The evidence id that records the target: required when the government set it (its commitment)."),
                ParameterDescription("reason", .text, optional: true,
                                     "One line for MPs on the target: required when this tracker set it (why it chose this figure)."),
                ParameterDescription("date", .date, optional: true,
                                     "The date by which the target is to be reached, when whoever set it gave one; the pace is then judged against it."),
            ]), "The value aimed for, whether that is above (up) or below (down) the baseline, and who set it."),
        ],
        examples: [
            turnoverExample("Turnover halfway from 15 % to 10 %", figure: "12.5", expect: .limited, progress: 50),
            turnoverExample("A figure a hair short of the target has not reached it, however it rounds", figure: "10.002", expect: .limited, progress: 99.9),
            turnoverExample("A figure that reaches the target finishes the metric", figure: "9.8", expect: .implemented, progress: 100),
            turnoverExample("A figure moving the wrong way gives no progress", figure: "16", expect: .noProgress, progress: 0),
        ])

    /// An example of turnover from 15 % towards 10 %, with one later figure (as written in YAML).
    private static func turnoverExample(_ title: String, figure: String, expect: Status, progress: Double) -> ProtocolExample {
        ProtocolExample(title,
            protocol: """
                kind: metric
                metric: turnover-rate
                baseline: {period: 2016-09-30, value: 15}
                target: {value: 10, direction: down, set-by: report}
                """,
            evidence: [ExampleEvidence.evidence("2020-02-27-workforce", kind: "statistics", effect: "context",
                                                extra: "observations:\n  - {metric: turnover-rate, period: 2019-09-30, value: \(figure)}\n")],
            asOf: Day(year: 2020, month: 6, day: 30)!, expect: expect, progress: progress)
    }

    /// The metric's id.
    public let metric: String
    /// The starting point.
    public let baseline: MetricBaseline
    /// The value aimed for.
    public let target: Double
    /// Up or down.
    public let direction: TargetDirection
    /// Who set the target.
    public let targetOrigin: TargetOrigin
    /// When the target is to be reached by, when one was set.
    public let targetDate: Day?

    public var metrics: [String] { [metric] }

    public init?(reading parameters: inout MappingReader, context: ProtocolParsingContext) {
        let sink = context.sink
        let metric = parameters.required("metric", ValueReader.text)
        let baselineNode = parameters.required("baseline", ValueReader.any)
        let targetNode = parameters.required("target", ValueReader.any)
        if let metric, context.metrics.metric(metric) == nil, !context.metrics.isBroken(metric) {
            sink.report(.unknownMetric, "unknown metric '\(metric)'.\(Suggestion.hint(metric, in: context.metrics.ids, otherwise: "Define it in Recommendations/metrics.yaml."))", at: parameters.location(of: "metric"))
        }
        var baseline: MetricBaseline?
        if let baselineNode {
            var reader = MappingReader(baselineNode, entity: "the baseline", sink: sink)
            let period = reader.required("period", ValueReader.day)
            let value = reader.required("value", ValueReader.number)
            reader.finish()
            if let period, let value { baseline = MetricBaseline(period: period, value: value) }
        }
        var target: Double?, direction: TargetDirection?, origin: TargetOrigin?, targetDate: Day?
        var originIsBroken = false
        if let targetNode {
            var reader = MappingReader(targetNode, entity: "the target", sink: sink)
            target = reader.required("value", ValueReader.number)
            direction = reader.required("direction", ValueReader.choice(TargetDirection.self))
            // Who set it is required, so that no page presents the tracker's own target as the report's.
            let setBy = reader.required("set-by", ValueReader.choice(TargetOrigin.Setter.self))
            let evidence = reader.optional("evidence", ValueReader.evidenceID)
            let reason = reader.optional("reason", ValueReader.text)
            targetDate = reader.optional("date", ValueReader.day)
            reader.finish()
            if setBy == .government, evidence == nil, !reader.contains("evidence") {
                sink.report(.targetWithoutEvidence, "a target set by the government names the evidence of its commitment: add 'evidence: <evidence id>'", at: reader.location(of: "set-by"))
                originIsBroken = true
            }
            if setBy == .tracker, reason == nil, !reader.contains("reason") {
                sink.report(.targetWithoutReason, "a target set by this tracker says why, in one line for MPs: add 'reason: …'", at: reader.location(of: "set-by"))
                originIsBroken = true
            }
            origin = setBy.map { TargetOrigin(setBy: $0, evidence: evidence, reason: reason) }
            if let target, let direction, let baseline {
                let consistent = direction == .up ? target > baseline.value : target < baseline.value
                if !consistent {
                    sink.report(.unreachableTarget, "the target \(NumberText.format(target)) is not \(direction == .up ? "above" : "below") the baseline \(NumberText.format(baseline.value)), so 'direction: \(direction.rawValue)' cannot be reached; fix the target or the direction", at: targetNode.location)
                    return nil
                }
            }
        }
        guard let metric, context.metrics.metric(metric) != nil, let baseline, let target, let direction, let origin, !originIsBroken else { return nil }
        self.metric = metric
        self.baseline = baseline
        self.target = target
        self.direction = direction
        self.targetOrigin = origin
        self.targetDate = targetDate
    }

    /// The target's deadline: only a date the report or the government set is one that others are held to.
    private func deadlineState(title: String, metOn: FactDate?, asOf: Day) -> DeadlineState? {
        guard let targetDate, targetOrigin.setBy != .tracker else { return nil }
        let deadline = Deadline(date: FactDate(targetDate), origin: targetOrigin)
        return DeadlineState(metric: metric, title: title, deadline: deadline,
                             standing: DeadlineStanding.of(lastDay: targetDate, metOn: metOn, asOf: asOf), metOn: metOn)
    }

    public func assess(_ input: AssessmentInput) -> ProtocolOutcome {
        let definition = definition(in: input)
        let unit = definition.unit
        let series = input.series.figures(for: metric, asOf: input.asOf, definition: definition)
        // The figures after the baseline, as a slice of the series (which is in period order) rather than a copy.
        let after = series[(series.firstIndex { $0.period > baseline.period } ?? series.endIndex)...]
        let target = unit.format(self.target)
        let setBy = ", \(targetOrigin.words)"
        let latestPeriod = definition.frequency.map { LatestPeriodCheck(frequency: $0, observedPeriods: series.lazy.map(\.period), asOf: input.asOf) }
        guard let latest = after.last else {
            let sentence = RationaleSentence("\(definition.title): no figure after the baseline (\(unit.format(baseline.value)) at \(baseline.period)) yet; the target is \(target)\(setBy).")
            var state = MetricState(metric: metric, title: definition.title, unit: unit, baseline: baseline, target: self.target,
                                    direction: direction, latest: nil, progress: 0, trend: nil, series: series,
                                    targetOrigin: targetOrigin, targetDate: targetDate, latestPeriod: latestPeriod)
            state.deadline = deadlineState(title: definition.title, metOn: nil, asOf: input.asOf)
            return ProtocolOutcome(progress: 0, completion: Completion.nothing, headline: "\(definition.title.lowercasedFirst): no figure since the baseline",
                                   rationale: [sentence], metrics: [state])
        }
        let comparison = Comparison(latest: latest, reportBaseline: baseline, series: series, definition: definition)
        // The first figure of a new series is not comparable with the one the target was set against: reaching the
        // target's number on it finishes nothing until the new series has a figure of its own to measure from.
        let reached = reaches(latest.value) && comparison.baseline != nil
        let previous = series.last { $0.period < latest.period && $0.series == latest.series }
        let trend: TrendDirection? = previous.map { $0.value < latest.value ? .up : $0.value > latest.value ? .down : .same }
        var progress = 0.0
        let figure = unit.format(latest.value)
        var text = "\(definition.title): \(figure) at \(latest.period)"
        var pace: ProgressJudgement?
        if let from = comparison.baseline {
            let covered: Double
            (covered, progress) = measure(from: from, latest: latest, reached: reached)
            text += ", against \(unit.format(from.value)) at \(from.period) and a target of \(target)\(setBy); \(NumberText.format((progress * 1000).rounded() / 10))% of the way"
            if covered < 0 { text += " (it has moved away from the target)" }
            pace = ProgressMethod.judge(baseline: from,
                                        latest: .init(period: latest.period, value: latest.value),
                                        target: .init(value: self.target, date: targetDate), direction: direction)
        } else {
            text += "; the target is \(target)\(setBy); not comparable yet: no earlier figure of the same series to measure from"
        }
        text += "."
        if let context = comparison.context { text += " " + context }
        text += " Source: \(latest.source)."
        var state = MetricState(metric: metric, title: definition.title, unit: unit, baseline: baseline, target: self.target,
                                direction: direction, latest: latest, progress: progress, trend: trend, series: series,
                                targetOrigin: targetOrigin, targetDate: targetDate, pace: pace, latestPeriod: latestPeriod,
                                comparedFrom: comparison.baseline == baseline ? nil : comparison.baseline,
                                notComparableYet: comparison.baseline == nil ? true : nil)
        // Met from the first figure of the run of figures, up to the latest, that reach the target.
        let reaching = { (point: SeriesPoint) in self.direction == .up ? point.value >= self.target : point.value <= self.target }
        let metOn = reached ? after.reversed().prefix(while: reaching).last.map { FactDate($0.period) } : nil
        state.deadline = deadlineState(title: definition.title, metOn: metOn, asOf: input.asOf)
        let title = definition.title.lowercasedFirst
        let event = KeyEvent(date: FactDate(latest.period), evidence: latest.evidence,
                             text: "\(title) \(figure) at \(latest.period.shortWords) (target \(target), \(targetOrigin.setBy == .report ? "the report's" : targetOrigin.setBy == .government ? "the government's" : "set by this tracker"))")
        return ProtocolOutcome(progress: progress, completion: reached ? Completion.everything : Completion.nothing,
                               headline: "\(title) \(figure) at \(latest.period) (target \(target)\(targetOrigin.setBy == .tracker ? ", set by this tracker" : ""))",
                               rationale: [RationaleSentence(text, evidence: [latest.evidence])], metrics: [state], keyEvents: [event])
    }

    public func verdict(_ input: AssessmentInput) -> ProtocolVerdict {
        let definition = definition(in: input)
        let series = input.series.figures(for: metric, asOf: input.asOf, definition: definition)
        guard let latest = series.last(where: { $0.period > baseline.period }) else {
            return ProtocolVerdict(progress: 0, completion: Completion.nothing, citesEvidence: false)
        }
        let from = Comparison(latest: latest, reportBaseline: baseline, series: series, definition: definition).baseline
        let reached = reaches(latest.value) && from != nil
        // The figure's sentence cites its evidence.
        return ProtocolVerdict(progress: from.map { measure(from: $0, latest: latest, reached: reached).progress } ?? 0,
                               completion: reached ? Completion.everything : Completion.nothing, citesEvidence: true)
    }

    private func definition(in input: AssessmentInput) -> Metric {
        input.metrics.metric(metric) ?? Metric(id: metric, title: metric, unit: .count)
    }

    /// Reached on the exact figures: 10.002 is not a target of 10 reached, however it rounds.
    private func reaches(_ value: Double) -> Bool {
        direction == .up ? value >= target : value <= target
    }

    /// How much of the way from `from` to the target the latest figure has come (negative when it moved away), and
    /// the progress that gives (0–1, rounded to four places).
    private func measure(from: MetricBaseline, latest: SeriesPoint, reached: Bool) -> (covered: Double, progress: Double) {
        let distance = target - from.value
        // A comparable starting figure already at or past the target measures nothing: only reaching it counts.
        let covered = (direction == .down ? distance < 0 : distance > 0) ? (latest.value - from.value) / distance : (reached ? 1 : 0)
        return (covered, (min(1, max(0, covered)) * 10000).rounded() / 10000)
    }
}
