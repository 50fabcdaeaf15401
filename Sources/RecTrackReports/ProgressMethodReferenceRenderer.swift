import RecTrackCore

/// The section of `docs/protocols.md` that explains ``ProgressMethod`` to a reader of the pages, with
/// its thresholds and a worked example computed by the method itself, so that the text cannot drift from it.
public enum ProgressMethodReferenceRenderer {
    /// The section, in Markdown, starting with its `##` heading.
    public static func markdown(constants: ProgressMethod.Constants = .openSDG) -> String {
        var out = "## How a statistic's pace is judged\n\n"
        out += """
        Beside "% of the way", a statistic can be judged by how fast it is moving, with the progress method \
        that Open SDG uses, developed by Statistics Canada ("Progress Measurement Methodology for the \
        Sustainable Development Goals", `docs/progress-methodology.md` in the open-sdg/open-sdg repository). \
        It asks: at the pace seen so far, will the target be reached on time? rectrack's core computes this \
        judgement; the status table and the pages do not show it yet.

        - **The pace seen so far** is the compound annual growth rate from the baseline to the latest figure: \
        the yearly percentage change that, repeated every year, leads from one to the other, \
        (latest ÷ baseline)^(1 ÷ years between them) − 1. It counts as positive when it goes the wanted way.
        - **With a target date**, it is compared with the pace needed: the yearly change that leads from the \
        baseline to the target by its date. R is the pace seen divided by the size of the pace needed.
        - **With no target date**, it is compared with fixed yearly rates.


        """
        let percent = { (fraction: Double) in NumberText.format(fraction * 100) + "%" }
        out += "| category | with a target date | with no target date | what it means |\n|---|---|---|---|\n"
        for category in ProgressCategory.allCases {
            let tests: (String, String)
            switch category {
            case .targetAchieved: tests = ("the latest figure has reached the target", "the same")
            case .onTrack: tests = ("R ≥ \(percent(constants.onTrackRatio))", "\(percent(constants.onTrackRate)) a year or more")
            case .accelerationNeeded:
                tests = ("\(percent(constants.accelerationRatio)) ≤ R < \(percent(constants.onTrackRatio))",
                         "\(percent(constants.accelerationRate)) to under \(percent(constants.onTrackRate)) a year")
            case .limited: tests = ("0 ≤ R < \(percent(constants.accelerationRatio))", "0 to under \(percent(constants.accelerationRate)) a year")
            case .deterioration: tests = ("R < 0", "below 0")
            case .notComputable: tests = ("see below", "see below")
            }
            out += "| \(category.label) (`\(category.rawValue)`) | \(tests.0) | \(tests.1) | \(category.meaning) |\n"
        }
        out += """

        A figure exactly on a threshold counts in the higher category, and nothing is rounded before it is \
        compared. A latest figure that has reached the target is *target achieved* however it got there.

        What the method needs, and what rectrack does when a statistic does not give it:

        - **Two figures at different dates.** Otherwise the statistic is *unable to assess*.
        - **Figures all above zero or all below it.** A growth rate cannot pass through zero, so a series that \
        crosses it, or whose target lies across it, is *unable to assess*. The method's document says such series \
        must first be put in another unit: a change in spending since a base year, at −42% against a target of 0%, \
        cannot be judged this way; the spending itself could. When every figure is below zero, the wanted \
        direction is reversed in the calculation, as the method does.
        - **No zero to start from or aim at.** A baseline or target of exactly 0 is replaced by \
        \(constants.zeroReplacement), as the method does, and the judgement records that it \
        was; results near zero need care.
        - **A natural limit.** With no target date, a figure close to a limit it cannot pass (a share near 100%) \
        would have to grow impossibly fast to be on track, so the fixed rates are scaled down by the method's factor \
        C = 1 − (baseline ÷ limit)^\(NumberText.format(constants.limitExponent)).

        Separately from the pace, rectrack's core also works out whether the figure for the latest period is in: a metric's \
        `frequency` in `Recommendations/metrics.yaml` gives its periods and how long publication takes \
        (see docs/file-formats.md).


        """
        out += workedExample(constants: constants)
        return out
    }

    /// A rate that should fall, judged with its target undated and then dated.
    private static func workedExample(constants: ProgressMethod.Constants) -> String {
        let baseline = ProgressMethod.Point(period: Day(year: 2016, month: 9, day: 30)!, value: 15.1)
        let latest = ProgressMethod.Point(period: Day(year: 2024, month: 9, day: 30)!, value: 13.8)
        let date = Day(year: 2027, month: 9, day: 30)!
        let undated = ProgressMethod.judge(baseline: baseline, latest: latest, target: .init(value: 10), direction: .down, constants: constants)
        let dated = ProgressMethod.judge(baseline: baseline, latest: latest, target: .init(value: 10, date: date), direction: .down, constants: constants)
        let oneDecimal = { (fraction: Double?) in NumberText.format(((fraction ?? 0) * 1000).rounded() / 10) + "%" }
        return """
        ### Example: a rate that should fall

        A turnover rate was 15.1% at \(baseline.period) and 13.8% at \(latest.period), \
        \(NumberText.format(undated.years ?? 0)) years later: a fall of \(oneDecimal(-(undated.observedRate ?? 0))) a year, \
        and a fall is wanted. Against the target of 10%, which has no date, that is \
        *\(undated.category.label.lowercased())*. Had the target been due by \(date), the fall needed would be \
        \(oneDecimal(-(dated.requiredRate ?? 0))) a year; R = \(oneDecimal(dated.ratio)), which is \
        *\(dated.category.label.lowercased())*.

        """
    }
}
