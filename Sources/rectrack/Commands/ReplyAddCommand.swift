import ArgumentParser
import RecTrackCore
import RecTrackProtocols
import RecTrackReports

struct ReplyAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record an owner's reply to an assessment as Replies/YYYY/YYYY-MM-DD-owner-rec.yaml.",
        discussion: """
        A reply is shown beside the verdict, never instead of it: it never changes a status, and evidence it cites \
        counts only once it is recorded as evidence. It stands for 12 months unless --lapses says otherwise.

        The new file is checked against the whole tracker before anything is written: when there is any error, \
        nothing is written and the error is shown with its place. An existing file is never overwritten. \
        'recorded' is today.

        On a terminal, rectrack asks for whatever is missing. Otherwise --recommendation, --owner, --date, --status, \
        --says and --channel are required (exit 64 names the missing ones).

        Exit codes: 0 written; 64 bad usage or missing options; 65 the tracker or the new file has errors; \
        66 missing input; 73 the file cannot be written.

        Example:
          rectrack reply add --recommendation R6 --owner DfE --date 2026-03-03 \\
            --status implemented --channel letter --says "The strategy is in place." \\
            --cites 2026-02-18-child-and-family-social-worker-early-career-standards
        """
    )

    @OptionGroup var tracker: TrackerOptions
    @OptionGroup var plugins: PluginOptions

    @Option(help: ArgumentHelp("The recommendation replied about, such as R6.", valueName: "id")) var recommendation: String?
    @Option(help: ArgumentHelp("Who replied: an owner of the recommendation, as named on the reply's date (DfE).", valueName: "owner")) var owner: String?
    @Option(help: ArgumentHelp("The day of the reply (YYYY-MM-DD).", valueName: "date")) var date: String?
    @Option(help: ArgumentHelp("The status the owner would give: \(Status.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "status")) var status: String?
    @Option(help: ArgumentHelp("Their words, as published beside the verdict.", valueName: "text")) var says: String?
    @Option(help: ArgumentHelp("How it reached you: \(ReplyChannel.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "channel")) var channel: String?
    @Option(parsing: .singleValue, help: ArgumentHelp("An evidence id of the tracker or a public http(s) address they cite; repeatable.",
                                                      valueName: "id-or-url")) var cites: [String] = []

    @Option(help: ArgumentHelp("Where the reply was published (http or https).", valueName: "url")) var url: String?
    @Option(help: ArgumentHelp("The day it stops standing (YYYY-MM-DD); 12 months after its date when left out.", valueName: "date")) var lapses: String?

    func run() throws {
        do {
            try record()
        } catch is EvidencePrompt.InputEnded {
            // Ctrl-D in the interview: a stop asked for, not a failure of the check (exit 1) or an internal error.
            Console.error("Stopped before every question was answered, so nothing was written.\n")
            throw ExitStatus.usage
        }
    }

    private func record() throws {
        let (tracker, _) = try self.tracker.load()
        let today = Day.today()
        _ = try OptionValue.askable([("--recommendation", recommendation), ("--owner", owner), ("--date", date),
                                             ("--status", status), ("--says", says), ("--channel", channel)])
        let prompt = EvidencePrompt(width: TerminalWidth.errors ?? 80)
        var draft = ReplyDraft(ReplyContent(
            recommendation: try OptionValue.get(recommendation, "--recommendation", EvidenceDraft.parseText) {
                try prompt.answer("Recommendation (\(tracker.recommendations.map(\.id).joined(separator: ", ")))", EvidenceDraft.parseText)
            },
            owner: try OptionValue.get(owner, "--owner", EvidenceDraft.parseText) { try prompt.answer("Owner (\(tracker.owners.ids.joined(separator: ", ")))", EvidenceDraft.parseText) },
            date: try OptionValue.get(date, "--date", EvidenceDraft.parseDay) { try prompt.answer("Date of the reply (YYYY-MM-DD)", EvidenceDraft.parseDay) },
            status: try OptionValue.get(status, "--status", ReplyDraft.parseStatus) {
                try prompt.answer("The status they would give (\(Status.allCases.map(\.rawValue).joined(separator: ", ")))", ReplyDraft.parseStatus)
            },
            says: try OptionValue.get(says, "--says", EvidenceDraft.parseText) { try prompt.answer("What they say (published)", EvidenceDraft.parseText) },
            cites: cites.map(\.trimmingWhitespace),
            channel: try OptionValue.get(channel, "--channel", ReplyDraft.parseChannel) {
                try prompt.answer("How it reached you (\(ReplyChannel.allCases.map(\.rawValue).joined(separator: ", ")))", ReplyDraft.parseChannel)
            },
            url: try url.map { try OptionValue.check($0, "--url", EvidenceDraft.parseURL) }),
            lapses: try lapses.map { try OptionValue.check($0, "--lapses", EvidenceDraft.parseDay) },
            recorded: today)

        // r1 names R1 and dfe names DfE, as in 'show' and 'status --owner'; the file names the owner as it was called on the
        // reply's date (as evidence does), and an unknown one is left for the check to locate.
        if case .ambiguous(let choices) = tracker.lookUp(draft.recommendation) {
            throw ValidationError("--recommendation '\(draft.recommendation)' names a recommendation of several reports: write one of \(choices.joined(separator: ", "))")
        }
        if let recommendation = tracker.recommendation(draft.recommendation) { draft.recommendation = recommendation.id }
        if let id = try? StatusCommand.ownerID(named: draft.owner, in: tracker.owners), let owner = tracker.owners.owner(id: id) {
            draft.owner = owner.shortName(on: draft.date)
        }
        let recorder = ReplyRecorder(loader: TrackerLoader(registry: BuiltinProtocols.registry, today: today))
        let outcome = try NewFileOutcome.recording { try recorder.record(draft, root: tracker.root) }
        switch outcome {
        case .refused(let plan, let result):
            try NewFileOutcome.refused(plan.path, result)
        case .written(let plan, let after):
            Console.out("Wrote \(plan.path)\n")
            let evaluator = Evaluator(tracker: after, environment: plugins.environment(for: after))
            if let recommendation = after.recommendation(draft.recommendation) {
                let assessment = evaluator.assess(recommendation, asOf: today)
                Console.out("  \(recommendation.id)  \(Truncate.text(recommendation.title, to: 60)): \(assessment.status.rawValue) \(NumberText.format(assessment.progress))%\n")
                for reply in assessment.standingReplies where reply.id == plan.id {
                    Console.out("  \(ReplyText.sentence(reply))\n")
                }
            }
        }
    }
}

extension EvidencePrompt {
    /// Asks a question that must be answered, until the answer parses.
    fileprivate func answer<T>(_ question: String, _ parse: (String) -> Result<T, EvidenceDraftError>) throws -> T {
        while true {
            if let value = try ask(question, parse) { return value }
        }
    }
}
