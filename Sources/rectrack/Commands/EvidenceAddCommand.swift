#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import RecTrackCore
import RecTrackProtocols
import RecTrackReports

struct EvidenceAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record a new piece of evidence as Evidence/YYYY/YYYY-MM-DD-slug.yaml.",
        discussion: """
        The file's name comes from the date and the title, made unique with -2, -3 … when it is taken. The new \
        file is checked against the whole tracker before anything is written: when there is any error, nothing \
        is written and the error is shown with its place. An existing file is never overwritten. 'recorded' is today.

        On a terminal, rectrack asks for whatever is missing. Otherwise --date, --title, --publisher, --kind and \
        --summary are required (exit 64 names the missing ones).

        --bears-on is RECOMMENDATION[:MILESTONE]:EFFECT, with EFFECT one of progresses, achieves, sets-back, \
        rejects or context; evidence of kind 'response' adds the verdict: R1:progresses:accepted. Repeat it for \
        each recommendation the evidence bears on.

        Exit codes: 0 written; 64 bad usage or missing options; 65 the tracker or the new file has errors; \
        66 missing input; 73 the file cannot be written.

        Example:
          rectrack evidence add --date 2026-04-29 --title "Children's Wellbeing and Schools Act 2026" \\
            --publisher "UK Parliament" --kind legislation --url https://www.legislation.gov.uk/ukpga/2026/21 \\
            --summary "The Bill received Royal Assent." --bears-on R3:schools-duty:progresses
        """
    )

    @OptionGroup var tracker: TrackerOptions
    @OptionGroup var plugins: PluginOptions

    @Option(name: .long, help: ArgumentHelp("When it happened: YYYY-MM-DD, or YYYY-MM or YYYY when the day is not known.", valueName: "date"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("The publication's or event's exact title.", valueName: "text"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("Who published it.", valueName: "text"))
    var publisher: String?

    @Option(name: .long, help: ArgumentHelp("The original publisher's page (http or https); leave it out rather than guess.", valueName: "url"))
    var url: String?

    @Option(name: .long, help: ArgumentHelp("What kind of fact: \(EvidenceKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
    var kind: String?

    @Option(name: .long, help: ArgumentHelp("Two to six sentences in your own words.", valueName: "text"))
    var summary: String?

    @Option(name: .customLong("bears-on"), parsing: .singleValue,
            help: ArgumentHelp("What it bears on, such as R6:strategy-published:progresses; repeatable.", valueName: "rec:milestone:effect"))
    var bearsOn: [String] = []

    @Option(name: .customLong("owner"), parsing: .singleValue,
            help: ArgumentHelp("An owner it concerns, as named on its date (DfE); repeatable.", valueName: "owner"))
    var owners: [String] = []

    @Option(name: .long, help: ArgumentHelp("A coming date it declares, such as a commencement date (YYYY-MM-DD).", valueName: "date"))
    var due: String?

    func run() throws {
        let (tracker, _) = try self.tracker.load()
        let today = Day.today()
        let interactive = isatty(STDIN_FILENO) == 1
        let required: [(String, String?)] = [("--date", date), ("--title", title), ("--publisher", publisher), ("--kind", kind), ("--summary", summary)]
        let missing = required.filter { $0.1?.trimmingWhitespace.isEmpty ?? true }.map(\.0)
        if !interactive && !missing.isEmpty {
            throw ValidationError("missing \(missing.joined(separator: ", ")): give \(missing.count == 1 ? "it" : "them"), or run on a terminal to be asked")
        }
        var prompt = EvidencePrompt(tracker: tracker)
        var draft = EvidenceDraft(
            date: try value(date, "--date", EvidenceDraft.parseDate) { try prompt.ask("Date (YYYY-MM-DD, or YYYY-MM / YYYY)", EvidenceDraft.parseDate) },
            title: try value(title, "--title", EvidenceDraft.parseText) { try prompt.ask("Title (the exact title)", EvidenceDraft.parseText) },
            publisher: try value(publisher, "--publisher", EvidenceDraft.parseText) { try prompt.ask("Publisher", EvidenceDraft.parseText) },
            url: try url.map { try Self.check($0, "--url", EvidenceDraft.parseURL) }
                ?? (interactive ? try prompt.askOptional("Web address (empty if none)", EvidenceDraft.parseURL) : nil),
            kind: try value(kind, "--kind", EvidenceDraft.parseKind) {
                try prompt.ask("Kind (\(EvidenceKind.allCases.map(\.rawValue).joined(separator: ", ")))", EvidenceDraft.parseKind)
            },
            owners: owners,
            summary: try value(summary, "--summary", EvidenceDraft.parseText) { try prompt.ask("Summary (two to six sentences)", EvidenceDraft.parseText) },
            bearings: try bearsOn.isEmpty && interactive ? prompt.askBearings()
                : bearsOn.map { try Self.check($0, "--bears-on", EvidenceDraft.parseBearing) },
            due: try due.map { try Self.check($0, "--due", EvidenceDraft.parseDay) },
            recorded: today)
        // r7, 7 and R07 name R7 here as they do in 'show'; the file gets the id as the tracker writes it.
        for index in draft.bearings.indices {
            if let recommendation = tracker.recommendation(draft.bearings[index].recommendation) {
                draft.bearings[index].recommendation = recommendation.id
            }
        }

        let recorder = EvidenceRecorder(loader: TrackerLoader(registry: BuiltinProtocols.registry, today: today))
        let outcome: EvidenceRecorder.Outcome
        do {
            outcome = try recorder.record(draft, root: tracker.root)
        } catch let failure as ExclusiveFile.Failure {
            Console.error("error: \(failure)\n")
            throw ExitStatus.cannotWrite
        }
        switch outcome {
        case .refused(let plan, let result):
            let (newFile, others) = DraftDiagnostics(plan: plan, draft: draft).render(result.diagnostics, style: Console.errorStyle)
            if !others.diagnostics.isEmpty {
                Console.error(DiagnosticsRenderer.render(others, fileCount: result.fileCount, format: .text, style: Console.errorStyle))
            }
            Console.error(newFile)
            Console.error("Nothing was written: \(plan.path) would make the tracker invalid; fix what is shown and run again.\n")
            throw result.missingInput ? ExitStatus.missingInput : ExitStatus.dataError
        case .written(let plan, let before, let after, _):
            Console.out("Wrote \(plan.path)\n")
            let touched = Set(draft.bearings.map(\.recommendation))
            let was = Evaluator(tracker: before, environment: plugins.environment(for: before))
            let now = Evaluator(tracker: after, environment: plugins.environment(for: after))
            let written = after.evidence(id: plan.id)
            for recommendation in after.recommendations where touched.contains(recommendation.id) {
                let old = was.assess(recommendation, asOf: today), new = now.assess(recommendation, asOf: today)
                // Why nothing moved comes from the milestone's terms and the assessment, never from a guess here.
                let reasons = written.map { evidence in
                    evidence.bearings.filter { $0.recommendation == recommendation.id }.compactMap {
                        AchievementTerms.whyUnchanged($0, of: evidence, in: recommendation, before: old, asOf: today)
                    }
                } ?? []
                let change = old.status == new.status && old.progress == new.progress
                    ? "\(Self.standing(new)) (unchanged\(reasons.isEmpty ? "" : ": " + reasons.joined(separator: "; ")))"
                    : "\(Self.standing(old)) → \(Self.standing(new))"
                Console.out("  \(recommendation.id)  \(Truncate.text(recommendation.title, to: 60)): \(change)\n")
            }
        }
    }

    private static func standing(_ assessment: Assessment) -> String {
        "\(assessment.status.rawValue) \(NumberText.format(assessment.progress))%"
    }

    /// The option's value checked, or the answer to a prompt when it was not given.
    private func value<T>(_ given: String?, _ option: String, _ parse: (String) -> Result<T, EvidenceDraftError>,
                          ask: () throws -> T) throws -> T {
        if let given, !given.trimmingWhitespace.isEmpty { return try Self.check(given, option, parse) }
        return try ask()
    }

    private static func check<T>(_ text: String, _ option: String, _ parse: (String) -> Result<T, EvidenceDraftError>) throws -> T {
        switch parse(text) {
        case .success(let value): return value
        case .failure(let error): throw ValidationError("\(option): \(error.message)")
        }
    }
}
