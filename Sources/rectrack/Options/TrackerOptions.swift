import ArgumentParser
import FoundationEssentials
import RecTrackCore
import RecTrackProtocols
import RecTrackReports

/// `--root`: which tracker to use.
struct TrackerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The tracker's root folder (holding Recommendations/ and Evidence/).",
                                            discussion: "Defaults to the current folder, or the nearest folder above it that holds Recommendations/.",
                                            valueName: "dir"))
    var root: String?

    func validate() throws {
        if let root, root.trimmingWhitespace.isEmpty {
            throw ValidationError("--root is empty: name the tracker's root folder (the one holding Recommendations/ and Evidence/), or leave --root out to use the current folder")
        }
    }

    /// The root to use: the one given, or the nearest tracker at or above the current folder.
    func resolvedRoot() -> String {
        if let root { return root }
        var folder = FileManager.default.currentDirectoryPath
        while true {
            if FileReader.isDirectory(folder + "/Recommendations") { return relative(folder) }
            let parent = folder.lastIndex(of: "/").map { $0 == folder.startIndex ? "/" : String(folder[..<$0]) } ?? folder
            if parent == folder || parent.isEmpty { return "." }
            folder = parent
        }
    }

    private func relative(_ folder: String) -> String {
        folder == FileManager.default.currentDirectoryPath ? "." : folder
    }

    /// Loads the tracker, printing diagnostics to stderr; exits 66 when input is missing (with `needsRecommendations`,
    /// a tracker without any recommendation records too, as there is nothing to assess) and, when `failOnErrors`, 65
    /// when any file has an error. With `digests`, the result holds the SHA-256 of every file read. `onErrors` is given
    /// the result before a tracker with errors is refused, so that a command can also put its errors in its own
    /// output format.
    func load(failOnErrors: Bool = true, showWarnings: Bool = false, digests: Bool = false, needsRecommendations: Bool = true,
              onErrors: (LoadResult) -> Void = { _ in }) throws -> (Tracker, LoadResult) {
        let progress = LoadProgress()
        var loader = TrackerLoader(registry: BuiltinProtocols.registry, progress: progress.callback)
        loader.recordsDigests = digests
        let result = loader.load(root: resolvedRoot())
        progress.finish()
        KeptUntilExit.keep(result)
        if result.missingInput {
            Console.error(DiagnosticsRenderer.render(result.diagnostics, fileCount: result.fileCount, format: .text, style: Console.errorStyle))
            throw ExitStatus.missingInput
        }
        if failOnErrors && result.diagnostics.hasErrors || result.tracker == nil {
            Console.error(DiagnosticsRenderer.render(result.diagnostics, fileCount: result.fileCount, format: .text, style: Console.errorStyle))
            Console.error("The tracker has errors, so no status is given; fix them (rectrack validate lists them) and run again.\n")
            onErrors(result)
            throw ExitStatus.dataError
        }
        if needsRecommendations, let tracker = result.tracker, tracker.recommendations.isEmpty {
            Console.error("error: the tracker at \(SafeText.neutralised(resolvedRoot())) has no recommendation records yet, so there is nothing to assess. Add one file per recommendation, Recommendations/R01.yaml, R02.yaml … (rectrack's docs/file-formats.md describes them), then run rectrack validate\n")
            throw ExitStatus.missingInput
        }
        if showWarnings && result.diagnostics.warningCount > 0 {
            let count = result.diagnostics.warningCount
            Console.error("\(count) \(count == 1 ? "warning" : "warnings"); run rectrack validate to see them.\n")
        }
        return (result.tracker!, result)
    }
}

/// `--as-of` and `--known-at`: which moment to assess.
struct TimeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Assess the world as it stood on this date: evidence dated on or before it.",
                                            discussion: "A date (2025-09-30) or a quarter (2025Q3, meaning its last day), up to today. Defaults to today.",
                                            valueName: "date"), transform: DateArgument.parse)
    var asOf: DateArgument?

    @Option(name: .long, help: ArgumentHelp("Use only evidence recorded on or before this date, to reproduce what a past check said.",
                                            valueName: "date"), transform: DateArgument.parse)
    var knownAt: DateArgument?

    /// The as-of day.
    var day: Day { asOf?.day ?? Day.today() }

    /// A moment after today is refused: evidence dated later cannot exist yet, so every deadline still to come would
    /// read as past due and every recommendation as stale, in outputs MPs read as fact.
    func validate() throws {
        try Self.refuseFuture(asOf)
        let today = Day.today()
        if let knownAt, knownAt.day > today {
            throw ValidationError("--known-at \(knownAt.day) is after today (\(today)): nothing can have been recorded then yet; give today or an earlier date")
        }
    }

    /// Refuses an `--as-of` after today (see ``validate()``); for a command with an `--as-of` of its own.
    static func refuseFuture(_ asOf: DateArgument?) throws {
        let today = Day.today()
        guard let asOf, asOf.day > today else { return }
        let what = asOf.quarter.map { "\($0) has not ended yet (it ends on \($0.lastDay))" } ?? "--as-of \(asOf.day) is after today (\(today))"
        throw ValidationError("\(what): rectrack assesses only what has happened; give today or an earlier date, such as the last complete quarter, \(Quarter.lastComplete(before: today))")
    }
}


/// `--allow-plugins`: folders besides the tracker's Plugins/ whose executables `external` protocols may run.
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("allow-plugins"),
            help: ArgumentHelp("Also allow external protocol plugins from this folder (repeatable). The tracker's Plugins/ folder is always allowed.",
                               valueName: "dir"))
    var allowedDirectories: [String] = []

    /// A folder that is not there allows nothing: a typo in it would leave every plugin "not found" with no word why.
    func validate() throws {
        for directory in allowedDirectories where !FileReader.isDirectory(directory) {
            throw ValidationError("--allow-plugins \(SafeText.neutralised(directory)) is not a folder: give the folder that holds the plugins")
        }
    }

    /// The evaluator's environment for a tracker.
    func environment(for tracker: Tracker) -> AssessmentEnvironment {
        AssessmentEnvironment(root: tracker.root, allowedPluginDirectories: allowedDirectories)
    }
}

/// What every command that prints an assessment takes: the tracker, the moment and the plugins allowed.
struct AssessingOptions: ParsableArguments {
    @OptionGroup var tracker: TrackerOptions
    @OptionGroup var time: TimeOptions
    @OptionGroup var plugins: PluginOptions
    @OptionGroup var scope: ReportOption

    /// Loads the tracker (see ``TrackerOptions/load(failOnErrors:showWarnings:digests:needsRecommendations:onErrors:)``),
    /// seen through the report `--report` names.
    func load(showWarnings: Bool = false) throws -> (Tracker, LoadResult) {
        let (tracker, result) = try self.tracker.load(showWarnings: showWarnings)
        return (try scope.apply(to: tracker), result)
    }

    /// The tracker assessed at the moment asked for (only `recommendations`, when given), with trends since the end
    /// of the quarter before.
    func assess(_ tracker: Tracker, recommendations: [Recommendation]? = nil) -> AssessedTracker {
        let day = time.day
        let evaluator = Evaluator(tracker: tracker, environment: plugins.environment(for: tracker))
        return evaluator.evaluate(asOf: day, knownAt: time.knownAt?.day, comparedWith: Evaluator.defaultComparison(for: day),
                                  recommendations: recommendations)
    }
}
