import ArgumentParser
import RecTrackCore
import RecTrackReports

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Explain what changed between two quarters (or dates): which recommendations moved, and the evidence why.",
        discussion: """
        Each side is a quarter such as 2025Q4 or a date. A quarter with a snapshot in Snapshots/ is read from it, \
        so the comparison is with what was published; a date, or a quarter without a snapshot, is the tracker \
        assessed now as of that day (a quarter's last day). So 'diff 2026Q3 2026-09-30' shows how the tracker as it \
        is now differs from the 2026Q3 snapshot. For each recommendation whose status or progress changed it gives \
        the before and after and the evidence behind the change; it also lists the evidence dated in the period, \
        evidence recorded late, and evidence edited after a snapshot cited it (found by its SHA-256 changing).

        Examples:
          rectrack diff                     (from the latest snapshot to today)
          rectrack diff 2025Q4 2026Q1
          rectrack diff 2026Q2              (from the 2026Q2 snapshot to today)
          rectrack diff 2026Q3 2026-09-30   (its snapshot against the tracker now)
          rectrack diff 2024-12-31 2025Q4 --format markdown
        """
    )

    @OptionGroup var tracker: TrackerOptions
    @OptionGroup var plugins: PluginOptions
    @OptionGroup var scope: ReportOption

    @Argument(help: ArgumentHelp("The earlier side: a quarter (2025Q4) or a date (2025-12-31); defaults to the latest snapshot.",
                                 valueName: "from"), transform: DateArgument.parse)
    var from: DateArgument?

    @Argument(help: ArgumentHelp("The later side: a quarter or a date; defaults to today.", valueName: "to"), transform: DateArgument.parse)
    var to: DateArgument?

    @Option(name: .long, help: .outputFormat)
    var format: SectionFormat = .text

    func run() throws {
        let (whole, loaded) = try self.tracker.load(showWarnings: format == .text, digests: true)
        let tracker = try scope.apply(to: whole)
        let store = SnapshotStore(root: tracker.root)
        let evaluator = Evaluator(tracker: tracker, environment: plugins.environment(for: tracker))
        func side(_ argument: DateArgument) throws -> SnapshotDiff.Input {
            if let quarter = argument.quarter {
                do {
                    if let snapshot = try store.read(quarter) {
                        return .snapshot(snapshot, label: quarter.description, path: store.relativePath(for: quarter))
                    }
                } catch {
                    Console.error(error.diagnostic.formatted + "\n")
                    throw ExitStatus.dataError
                }
            }
            let label = argument.quarter?.description ?? argument.day.description
            return .assessment(label: label, asOf: argument.day, assessments: evaluator.assessAll(asOf: argument.day),
                               files: loaded.digests, tracker: tracker)
        }
        let today = Day.today()
        guard let from = from ?? store.quarters().last.map({ DateArgument(day: $0.lastDay, quarter: $0) }) else {
            throw ValidationError("there is no snapshot in \(SnapshotStore.folderName)/ to start from: name the earlier side, such as 'rectrack diff \(Quarter.lastComplete(before: today))'")
        }
        let to = self.to ?? DateArgument(day: today, quarter: nil)
        let earlier = try side(from), later = try side(to)
        // The same day on both sides compares what was published with the tracker as it is now.
        guard earlier.side.asOf < later.side.asOf || earlier.side.asOf == later.side.asOf && earlier.side.source != later.side.source else {
            let name = { (argument: DateArgument, input: SnapshotDiff.Input) in
                "'\(argument.quarter?.description ?? argument.day.description)' (\(input.side.asOf)\(input.side.source == .snapshot ? ", its snapshot" : ""))"
            }
            throw ValidationError("\(name(from, earlier)) must come before \(self.to == nil ? "today" : name(to, later)), or be the same day with a snapshot on one side only")
        }
        let diff = SnapshotDiff(from: earlier, to: later, tracker: tracker)
        Console.out(DiffRenderer(diff: diff).render(format, style: format == .text ? Console.outStyle : .plain))
    }
}
