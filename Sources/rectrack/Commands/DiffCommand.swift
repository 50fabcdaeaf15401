import ArgumentParser
import RecTrackCore
import RecTrackReports

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Explain what changed between two quarters (or dates): which recommendations moved, and the evidence why.",
        discussion: """
        Each side is a quarter such as 2025Q4 or a date. A quarter with a snapshot in Snapshots/ is read from it, \
        so the comparison is with what was published; otherwise the tracker is assessed as of the quarter's last \
        day (or the date). For each recommendation whose status or progress changed it gives the before and after \
        and the evidence behind the change; it also lists the evidence dated in the period, evidence recorded late, \
        and evidence edited after a snapshot cited it (found by its SHA-256 changing).

        Examples:
          rectrack diff 2025Q4 2026Q1
          rectrack diff 2026Q2              (from the 2026Q2 snapshot to today)
          rectrack diff 2024-12-31 2025Q4 --format markdown
        """
    )

    @OptionGroup var tracker: TrackerOptions
    @OptionGroup var plugins: PluginOptions

    @Argument(help: ArgumentHelp("The earlier side: a quarter (2025Q4) or a date (2025-12-31).", valueName: "from"))
    var from: String

    @Argument(help: ArgumentHelp("The later side: a quarter or a date; defaults to today.", valueName: "to"))
    var to: String?

    @Option(name: .long, help: .outputFormat)
    var format: SectionFormat = .text

    func validate() throws {
        for text in [from] + (to.map { [$0] } ?? []) {
            do {
                _ = try DateArgument.parse(text)
            } catch let error as ValidationError {
                throw ValidationError("'\(text)': \(error.message)")
            }
        }
    }

    func run() throws {
        let (tracker, loaded) = try self.tracker.load(showWarnings: format == .text, digests: true)
        let store = SnapshotStore(root: tracker.root)
        let evaluator = Evaluator(tracker: tracker, environment: plugins.environment(for: tracker))
        func side(_ text: String) throws -> SnapshotDiff.Input {
            let asOf = Day(dateOrQuarter: text)!
            if let quarter = Quarter(text) {
                do {
                    if let snapshot = try store.read(quarter) {
                        return .snapshot(snapshot, label: quarter.description, path: store.relativePath(for: quarter))
                    }
                } catch {
                    Console.error("error: \(error)\n")
                    throw ExitStatus.dataError
                }
            }
            let label = Quarter(text)?.description ?? asOf.description
            return .assessment(label: label, asOf: asOf, assessments: evaluator.assessAll(asOf: asOf), files: loaded.digests, tracker: tracker)
        }
        let earlier = try side(from)
        let later = try side(to ?? Day.today().description)
        guard earlier.side.asOf < later.side.asOf else {
            throw ValidationError("'\(from)' (\(earlier.side.asOf)) must come before '\(to ?? "today")' (\(later.side.asOf))")
        }
        let diff = SnapshotDiff(from: earlier, to: later, tracker: tracker)
        Console.out(DiffRenderer(diff: diff).render(format, style: format == .text ? Console.outStyle : .plain))
    }
}
