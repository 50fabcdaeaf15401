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
        is written, the error names the option that gave the value, and your answers are printed as a command to \
        run again. An existing file is never overwritten. 'recorded' is today.

        On a terminal, rectrack asks for whatever is missing, checking each answer as it is given and asking again \
        (Ctrl-D stops and prints what you gave as a command). Otherwise --date, --title, --publisher, --kind and \
        --summary are required (exit 64 names the missing ones).

        --bears-on is RECOMMENDATION[:MILESTONE]:EFFECT, with EFFECT one of progresses, achieves, sets-back, \
        rejects or context; evidence of kind 'response' adds the verdict: R1:progresses:accepted. Repeat it for \
        each recommendation the evidence bears on.

        Exit codes: 0 written; 64 bad usage or missing options; 65 the tracker or the new file has errors; \
        66 missing input; 73 the file cannot be written.

        Example:
          rectrack evidence add --date 2026-04-29 \\
            --title "Children's Wellbeing and Schools Act 2026" \\
            --publisher "UK Parliament" --kind legislation \\
            --url https://www.legislation.gov.uk/ukpga/2026/21 \\
            --summary "The Bill received Royal Assent." \\
            --bears-on R3:schools-duty:progresses
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

    @Option(name: .long, help: ArgumentHelp("A coming date it declares, such as a commencement: YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no day (late 2027 is 2027).", valueName: "date"))
    var due: String?

    func run() throws {
        let (tracker, _) = try self.tracker.load(needsRecommendations: false)
        let today = Day.today()
        let required: [(String, String?)] = [("--date", date), ("--title", title), ("--publisher", publisher), ("--kind", kind), ("--summary", summary)]
        let missing = required.filter { $0.1?.trimmingWhitespace.isEmpty ?? true }.map(\.0)
        let check = EvidenceDraftCheck(tracker: tracker, today: today)
        let wording = EvidenceAddWording(tracker: tracker, today: today)
        var answers = EvidenceAnswers(root: self.tracker.root)
        var interview: EvidenceInterview?
        if missing.isEmpty {
            answers = try fromOptions(answers, check: check, wording: wording)
        } else {
            guard isatty(STDIN_FILENO) == 1 else {
                throw ValidationError("missing \(missing.joined(separator: ", ")): give \(missing.count == 1 ? "it" : "them"), or run on a terminal to be asked")
            }
            var asking = EvidenceInterview(prompt: EvidencePrompt(width: TerminalWidth.errors ?? 80), tracker: tracker,
                                           check: check, wording: wording, answers: answers)
            EvidencePrompt.stopReadingOnInterrupt()
            asking.answers.due = try due.map { try OptionValue.check($0, "--due", EvidenceDraft.parseDate) }
            try Self.untilStopped(&asking) {
                try $0.run(EvidenceInterview.Given(date: date, title: title, publisher: publisher, url: url, kind: kind,
                                                   summary: summary, owners: owners, bearsOn: bearsOn))
            }
            answers = asking.answers
            interview = asking
        }
        // Refused by the whole tracker's check, an interview asks again for the answers at fault, keeping the rest.
        while let draft = answers.draft(recorded: today),
              let faulty = try record(draft, answers: answers, in: tracker, today: today, canAskAgain: interview != nil),
              var asking = interview {
            try Self.untilStopped(&asking) { try $0.askAgain(forKeys: faulty) }
            answers = asking.answers
            interview = asking
        }
    }

    /// Runs part of the interview; when the person stops it, prints what they gave as a command and exits 64.
    private static func untilStopped(_ interview: inout EvidenceInterview, _ part: (inout EvidenceInterview) throws -> Void) throws {
        do {
            try part(&interview)
        } catch is EvidencePrompt.InputEnded {
            keep(interview.answers, "Stopped before every question was answered, so nothing was written.",
                 then: "What you gave, as a command to complete and run:")
            throw ExitStatus.usage
        }
    }

    /// The answers the options give, checked as the interview checks them; every problem is shown with its flag.
    private func fromOptions(_ start: EvidenceAnswers, check: EvidenceDraftCheck, wording: EvidenceAddWording) throws -> EvidenceAnswers {
        var answers = start
        answers.date = try date.map { try OptionValue.check($0, "--date", EvidenceDraft.parseDate) }
        answers.title = try title.map { try OptionValue.check($0, "--title", EvidenceDraft.parseText) }
        answers.publisher = try publisher.map { try OptionValue.check($0, "--publisher", EvidenceDraft.parseText) }
        answers.url = try url.map { try OptionValue.check($0, "--url", EvidenceDraft.parseURL) }
        answers.kind = try kind.map { try OptionValue.check($0, "--kind", EvidenceDraft.parseKind) }
        answers.owners = owners
        answers.summary = try summary.map { try OptionValue.check($0, "--summary", EvidenceDraft.parseText) }
        answers.bearings = try bearsOn.map { try OptionValue.check($0, "--bears-on", wording.tracker.parseBearing) }
        answers.due = try due.map { try OptionValue.check($0, "--due", EvidenceDraft.parseDate) }
        let problems = answers.problems(check)
        for problem in problems {
            Console.error("\(problem.diagnostic.severity.rawValue): \(flag(of: problem.answer)): \(wording.message(for: problem, in: answers))\n")
        }
        if problems.contains(where: { $0.diagnostic.severity == .error }) {
            Console.error("Nothing was written; fix what is shown and run again.\n")
            throw ExitStatus.dataError
        }
        if answers.bearings.isEmpty {
            Console.error("warning: no --bears-on: it bears on no recommendation, so it will count in no assessment\n")
        }
        return answers
    }

    /// The option an answer was given by, with the entry itself for a bears-on entry.
    private func flag(of answer: EvidenceDraftCheck.Answer) -> String {
        switch answer {
        case .date: return "--date"
        case .url: return "--url"
        case .owners: return "--owner"
        case .bearings: return "--bears-on"
        case .bearing(let index): return "--bears-on \(bearsOn.indices.contains(index) ? bearsOn[index] : "")"
        }
    }

    /// Writes the draft after checking it against the whole tracker; whatever stops it, the answers are printed
    /// as a command, so nothing typed is lost. When `canAskAgain` and every problem lies in an answer that can be
    /// asked again, returns those answers' keys instead of stopping; nil when written.
    private func record(_ draft: EvidenceDraft, answers: EvidenceAnswers, in tracker: Tracker, today: Day, canAskAgain: Bool) throws -> Set<String>? {
        let recorder = EvidenceRecorder(loader: TrackerLoader(registry: BuiltinProtocols.registry, today: today))
        let outcome: EvidenceRecorder.Outcome
        do {
            outcome = try recorder.record(draft, root: tracker.root)
        } catch let failure as ExclusiveFile.Failure {
            Console.error("error: \(failure)\n")
            Self.keep(answers, "Nothing was written.", then: "Your answers, as a command to run again once it can be written:")
            throw ExitStatus.cannotWrite
        }
        switch outcome {
        case .refused(let plan, let result):
            let new = result.diagnostics.diagnostics.filter { $0.path == plan.path }
            let others = result.diagnostics.diagnostics.filter { $0.path != plan.path }
            if !others.isEmpty {
                Console.error(DiagnosticsRenderer.render(DiagnosticReport(others), fileCount: result.fileCount, format: .text, style: Console.errorStyle))
            }
            // The new file was never written: its problems are told by the option that gave the value, not by a line in it.
            var keys: Set<String> = []
            for diagnostic in new {
                let key = diagnostic.location.flatMap { Self.key(atLine: $0.line, in: plan.bytes) }
                if diagnostic.severity == .error { keys.insert(key ?? "") }
                let name = key.map(canAskAgain ? EvidenceAddWording.question(forKey:) : EvidenceAddWording.option(forKey:))
                Console.error("\(diagnostic.severity.rawValue): \(name.map { "\($0): " } ?? "")\(diagnostic.message)\n")
            }
            if canAskAgain, others.isEmpty, !result.missingInput, !keys.isEmpty, keys.isSubset(of: EvidenceInterview.keysAskedAgain) {
                return keys
            }
            Self.keep(answers, "Nothing was written: the evidence would make the tracker invalid.",
                      then: "Your answers, as a command to run again once fixed:")
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
            return nil
        }
    }

    /// Prints why nothing was written and the command that gives every answer again.
    private static func keep(_ answers: EvidenceAnswers, _ why: String, then lead: String) {
        // The command stays on one line, however long, so that it can be copied whole.
        let width = TerminalWidth.errors ?? .max
        Console.error(TextWrap.text(why, width: width) + "\n" + TextWrap.text(lead, width: width) + "\n  \(answers.commandLine)\n")
    }

    /// The top-level key whose value holds line `line` of an evidence file's text.
    static func key(atLine line: Int, in bytes: [UInt8]) -> String? {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        for text in lines[..<line].reversed() {
            guard let first = text.first, first != " ", first != "-", first != "#", let colon = text.firstIndex(of: ":") else { continue }
            return String(text[..<colon])
        }
        return nil
    }

    private static func standing(_ assessment: Assessment) -> String {
        "\(assessment.status.rawValue) \(NumberText.format(assessment.progress))%"
    }
}
