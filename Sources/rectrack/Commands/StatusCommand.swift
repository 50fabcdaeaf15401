import ArgumentParser
import RecTrackCore
import RecTrackReports

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show where every recommendation stands: status, progress and a one-line reason.",
        discussion: StatusCommand.legend + """


        Examples:
          rectrack status
          rectrack status --owner DfE
          rectrack status --as-of 2023Q4 --format markdown
          rectrack status --known-at 2026-01-15 --format json
        """
    )

    /// What each status means, from the library's own words.
    static let legend = Status.rule + "\n\n" + Status.legendOrder.map { status in
        status.rawValue + String(repeating: " ", count: max(1, 14 - status.rawValue.count)) + status.meaning
    }.joined(separator: "\n")

    @OptionGroup var tracker: TrackerOptions
    @OptionGroup var time: TimeOptions
    @OptionGroup var plugins: PluginOptions

    @Option(name: .long, help: ArgumentHelp("Only recommendations this owner is responsible for (an owner id such as DfE).", valueName: "owner"))
    var owner: String?

    @Option(name: .long, help: .outputFormat)
    var format: StatusFormat = .text

    func run() throws {
        let (tracker, _) = try tracker.load(showWarnings: format == .text)
        if let owner, tracker.owners.owner(id: owner) == nil {
            throw ValidationError("unknown owner '\(owner)'.\(Suggestion.hint(owner, in: tracker.owners.ids, otherwise: "Owners are: \(tracker.owners.ids.joined(separator: ", "))."))")
        }
        let asOf = time.day
        let evaluator = Evaluator(tracker: tracker, environment: plugins.environment(for: tracker))
        var assessments = evaluator.assessAll(asOf: asOf, knownAt: time.knownAt?.day,
                                              comparedWith: Evaluator.defaultComparison(for: asOf))
        if let owner { assessments = assessments.filter { $0.owners.contains(owner) } }
        let renderer = StatusRenderer(tracker: tracker, assessments: assessments, asOf: asOf, knownAt: time.knownAt?.day)
        Console.out(renderer.render(format, style: format == .text ? Console.outStyle : .plain))
        for assessment in assessments where !assessment.warnings.isEmpty && format == .text {
            for warning in assessment.warnings { Console.error("warning: \(assessment.recommendation): \(warning)\n") }
        }
    }
}
