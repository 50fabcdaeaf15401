import ArgumentParser
import RecTrackCore
import RecTrackReports

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one recommendation in full: its text, milestones, metrics, evidence and reasons.",
        discussion: """
        Examples:
          rectrack show R6
          rectrack show 6 --as-of 2023Q1
          rectrack show R6 --format json
        """
    )

    @OptionGroup var assessing: AssessingOptions

    @Argument(help: ArgumentHelp("The recommendation: its id (R6, r6) or number (6).", valueName: "recommendation"))
    var reference: String

    @Option(name: .long, help: .outputFormat)
    var format: ShowFormat = .text

    func run() throws {
        let (tracker, _) = try assessing.load()
        let recommendation = try tracker.recommendation(named: reference)
        let entry = assessing.assess(tracker, recommendations: [recommendation]).entries[0]
        let view = RecommendationView(entry, in: tracker, evidenceByID: RecommendationView.evidenceByID(tracker))
        switch format {
        case .json:
            Console.out(JSONOutput.encode(view))
        case .text:
            Console.out(ShowRenderer(view, owners: tracker.owners).render(style: Console.outStyle))
        }
    }
}
