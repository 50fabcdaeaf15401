import ArgumentParser
import RecTrackCore
import RecTrackReports

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "The quarterly check: validate, assess, compare with last quarter, and record the quarter's snapshot.",
        discussion: """
        The check (1) validates the tracker; (2) assesses every recommendation as of the quarter's last day; \
        (3) compares with the previous quarter's snapshot, or with the tracker assessed as of that quarter's end \
        when there is none, explaining each change with the evidence behind it; (4) writes Snapshots/<quarter>.json \
        with the assessments and their provenance (tool version, git commit, the SHA-256 of every file read and of \
        each protocol's parameters). It also prints the secretariat's worklist.

        A snapshot is never replaced: when one exists and this run reproduces it, nothing is written; when it \
        differs, the check prints its results and what differs from the recorded snapshot, then fails (exit 73) \
        unless --replace --reason "why" is given, and the reason is recorded in the new snapshot. The file is written \
        whole or not at all, and a lock (Snapshots/.lock) keeps two checks apart; the first check also writes \
        Snapshots/.gitignore, which keeps the lock and temporary files out of git, and says so. When the snapshot \
        cannot be written (a read-only checkout), the results are still printed first, then the check fails (exit 73). \
        --no-snapshot checks without writing anything.

        Exit codes: 0 all is well; 1 a --fail-on condition holds (the snapshot is still written); 64 bad usage; \
        65 errors in the data or an unreadable snapshot; 66 missing input; 73 the snapshot cannot be written \
        (another check is running, a different snapshot exists, or the folder is read-only).

        Examples:
          rectrack check
          rectrack check --quarter 2026Q3 --fail-on regression,stale
          rectrack check --no-snapshot --fail-on stale
          rectrack check --format markdown > quarterly-email.md
          rectrack check --format junit > check.xml
          rectrack check --quarter 2026Q3 --replace --reason "Evidence recorded late"
        """
    )

    @OptionGroup var tracker: TrackerOptions
    @OptionGroup var plugins: PluginOptions
    @OptionGroup var scope: ReportOption

    @Option(name: .long, help: ArgumentHelp("The quarter to check, such as 2026Q4. Defaults to the last complete quarter.", valueName: "quarter"),
            transform: QuarterArgument.parse)
    var quarter: QuarterArgument?

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Fail (exit 1) when this holds: regression, stale, past-due (a milestone or target past a due date the report or the government set) or warnings. Repeat it or give a comma-separated list; the default is regression.",
                               valueName: "conditions"))
    var failOn: [String] = []

    @Flag(name: .long, help: "Replace the quarter's existing snapshot when this check differs from it (needs --reason).")
    var replace = false

    @Option(name: .long, help: ArgumentHelp("Why the snapshot is replaced; recorded in the new snapshot.", valueName: "text"))
    var reason: String?

    @Flag(name: .long, help: "A dry run: check and print everything, but write no snapshot (and take no lock). It still exits by --fail-on.")
    var noSnapshot = false

    @Option(name: .long, help: .outputFormat)
    var format: CheckFormat = .text

    func validate() throws {
        if replace && scope.report != nil {
            throw ValidationError("--report checks one report and writes no snapshot (a quarter's snapshot records every report), so it cannot --replace one")
        }
        if replace && (reason?.trimmingWhitespace.isEmpty ?? true) {
            throw ValidationError("--replace needs --reason \"why\": the reason is recorded in the new snapshot")
        }
        if reason != nil && !replace {
            throw ValidationError("--reason is only used with --replace")
        }
        if noSnapshot && replace {
            throw ValidationError("--no-snapshot writes nothing, so it cannot --replace a snapshot")
        }
        _ = try conditions()
    }

    /// The --fail-on conditions, regression when none is given.
    func conditions() throws -> Set<CheckCondition> {
        let words = failOn.flatMap { $0.split(separator: ",") }.map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        guard !words.isEmpty else { return [.regression] }
        return Set(try words.map { word in
            guard let condition = CheckCondition(rawValue: word) else {
                let names = CheckCondition.allCases.map(\.rawValue)
                throw ValidationError("unknown --fail-on condition '\(word)'.\(Suggestion.hint(word, in: names, otherwise: "Conditions are: \(names.joined(separator: ", "))."))")
            }
            return condition
        })
    }

    func run() throws {
        let today = Day.today()
        let quarter = self.quarter?.quarter ?? Quarter.lastComplete(before: today)
        guard quarter.lastDay < today else {
            throw ValidationError("\(quarter) has not ended yet (it ends on \(quarter.lastDay)); the last complete quarter is \(Quarter.lastComplete(before: today))")
        }
        let (whole, loaded) = try self.tracker.load(showWarnings: format == .text, digests: true) { result in
            if let errors = CheckDataErrorsRenderer.render(result.diagnostics, fileCount: result.fileCount, format: format) { Console.out(errors) }
        }
        // A quarter that ended before the first report was published has nothing to check; its snapshot (a typo for a
        // later year, say) would stand in the record for good.
        if let first = whole.reports.map(\.date).min(), quarter.lastDay < first {
            throw ValidationError("\(quarter) ended before the report was published (\(first)): there is nothing to check for it; the first quarter with the report is \(Quarter(containing: first))")
        }
        let tracker = try scope.apply(to: whole)
        let store = SnapshotStore(root: tracker.root)
        let check = QuarterlyCheck(tracker: tracker, diagnostics: loaded.diagnostics, digests: loaded.digests, quarter: quarter,
                                   gitCommit: GitRevision.head(of: tracker.root), failOn: try conditions(),
                                   environment: plugins.environment(for: tracker))
        // A quarter's snapshot records every report, so a check of one report is a dry run.
        let lock = noSnapshot || tracker.isRestricted ? nil : Result { () throws(SnapshotStoreError) in try store.lock() }
        let result: CheckResult
        do {
            result = try check.run(store: store, replacing: replace ? reason : nil, lock: lock)
        } catch {
            // Only reading the previous quarter's snapshot can fail here; writing fails into the result.
            Console.error(error.diagnostic.formatted + "\n")
            throw ExitStatus.dataError
        }
        let renderer = CheckRenderer(tracker: tracker, result: result, diagnostics: loaded.diagnostics)
        Console.out(renderer.render(format, style: format == .text ? Console.outStyle : .plain))
        // The results are out; a snapshot that could not be recorded fails the run after them.
        if case .notWritten(_, let problem) = result.snapshotOutcome {
            Console.error(problem.diagnostic.formatted + "\n")
            throw ExitStatus.cannotWrite
        }
        if !result.passed { throw ExitStatus.checkFailed }
    }
}
