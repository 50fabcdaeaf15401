import ArgumentParser
import RecTrackCore
import RecTrackReports

struct WorklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worklist",
        abstract: "What the secretariat should look at next.",
        discussion: """
        Lists recommendations with no evidence dated in this quarter or the one before; milestones whose credit \
        rests only on claims (announcements, statements, responses); evidence files with warnings; assessments \
        that met problems; and dates that evidence declares with 'due:', coming or passed in the last three months.

        Examples:
          rectrack worklist
          rectrack worklist --as-of 2026Q3 --format markdown
        """
    )

    @OptionGroup var tracker: TrackerOptions
    @OptionGroup var plugins: PluginOptions
    @OptionGroup var scope: ReportOption

    @Option(name: .long, help: ArgumentHelp("The date to draw up the worklist for: a date or a quarter (its last day), up to today. Defaults to today.",
                                            valueName: "date"), transform: DateArgument.parse)
    var asOf: DateArgument?

    @Option(name: .long, help: .outputFormat)
    var format: SectionFormat = .text

    func validate() throws {
        try TimeOptions.refuseFuture(asOf)
    }

    func run() throws {
        let (whole, loaded) = try self.tracker.load()
        let tracker = try scope.apply(to: whole)
        let asOf = self.asOf?.day ?? Day.today()
        let assessments = Evaluator(tracker: tracker, environment: plugins.environment(for: tracker)).assessAll(asOf: asOf)
        let worklist = Worklist(tracker: tracker, assessments: assessments, diagnostics: loaded.diagnostics.diagnostics, asOf: asOf)
        Console.out(WorklistRenderer(worklist: worklist).render(format, style: format == .text ? Console.outStyle : .plain))
    }
}
