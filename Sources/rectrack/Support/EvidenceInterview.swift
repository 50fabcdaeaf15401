import RecTrackCore
import RecTrackReports

/// The questions `evidence add` asks on a terminal for what its options did not give. Each answer is checked as
/// it is given, by `validate`'s rules (``EvidenceDraftCheck``), and asked again until it passes; an option that
/// fails is shown with its flag and asked for the same way. What was answered stays in ``answers``, so a stop
/// part-way can print it as a command.
struct EvidenceInterview {
    /// The options as they were typed.
    struct Given {
        var date, title, publisher, url, kind, summary: String?
        var owners: [String]
        var bearsOn: [String]
    }

    let prompt: EvidencePrompt
    let tracker: Tracker
    let check: EvidenceDraftCheck
    let wording: EvidenceAddWording
    /// What has been given so far.
    var answers: EvidenceAnswers

    /// Asks for everything `given` lacks, in the order of the file.
    mutating func run(_ given: Given) throws {
        prompt.say("This records one new piece of evidence as Evidence/YYYY/DATE-TITLE.yaml, checking each answer as you give it; "
                   + "nothing is written until all are right, and Ctrl-D or Ctrl-C stops, printing your answers as a command.")
        try ask(Self.keysAskedAgain, given)
    }

    /// The keys of the file whose answers ``askAgain(forKeys:)`` can ask for again.
    static let keysAskedAgain: Set<String> = ["date", "title", "publisher", "url", "kind", "owners", "summary", "bears-on"]

    /// Asks again for the answers that gave `keys` of the file (``keysAskedAgain``), after the whole tracker's check
    /// refused them, keeping every other answer.
    mutating func askAgain(forKeys keys: Set<String>) throws {
        prompt.say("Asking again for what is refused above; your other answers are kept.")
        if keys.contains("bears-on") { answers.bearings = [] }
        try ask(keys, Given(owners: [], bearsOn: []))
    }

    /// Asks for the answers that give `keys`, in the order of the file, each from its option in `given` when that passes.
    private mutating func ask(_ keys: Set<String>, _ given: Given) throws {
        if keys.contains("date") {
            answers.date = try obtain(given.date, "--date", "Date (YYYY-MM-DD, or YYYY-MM / YYYY)", EvidenceDraft.parseDate) { date in
                var trial = answers
                trial.date = date
                return problems(trial, .date)
            }
        }
        if keys.contains("title") { answers.title = try obtain(given.title, "--title", "Title (the exact title)", EvidenceDraft.parseText) }
        if keys.contains("publisher") { answers.publisher = try obtain(given.publisher, "--publisher", "Publisher", EvidenceDraft.parseText) }
        if keys.contains("url") {
            answers.url = try obtain(given.url, "--url", "Web address (empty if none)", optional: true, EvidenceDraft.parseURL) { url in
                var trial = answers
                trial.url = url
                return problems(trial, .url)
            }
        }
        if keys.contains("kind") {
            let kinds = EvidenceKind.allCases.map(\.rawValue).joined(separator: ", ")
            answers.kind = try obtain(given.kind, "--kind", "Kind (\(kinds))", EvidenceDraft.parseKind)
        }
        if keys.contains("owners") {
            answers.owners = try obtain(given.owners.isEmpty ? nil : given.owners.joined(separator: ", "), "--owner",
                                        "Owners it concerns, as named on its date, separated by commas (empty if none)",
                                        optional: true, Self.parseOwners) { owners in
                var trial = answers
                trial.owners = owners
                return problems(trial, .owners)
            } ?? []
        }
        if keys.contains("summary") { answers.summary = try obtain(given.summary, "--summary", "Summary (two to six sentences)", EvidenceDraft.parseText) }
        if keys.contains("bears-on") { try askBearings(given.bearsOn) }
    }

    /// The bears-on entries: the options that pass, then one a line until an empty line, with a verdict asked for
    /// each entry of a formal response; an empty list must be confirmed.
    private mutating func askBearings(_ given: [String]) throws {
        listRecommendations()
        for text in given {
            switch tracker.parseBearing(text) {
            case .failure(let error):
                prompt.complain("--bears-on: \(error.message) (left out: give it below)")
            case .success(let bearing):
                let found = bearingProblems(bearing)
                for warning in found.warnings { prompt.complain("warning: --bears-on \(text): \(warning)") }
                if found.errors.isEmpty {
                    answers.bearings.append(try withVerdict(bearing))
                } else {
                    for error in found.errors { prompt.complain("--bears-on \(text): \(error) (left out: give it below)") }
                }
            }
        }
        while true {
            while let bearing = try prompt.ask("Bears on (empty line to finish)", optional: true, tracker.parseBearing,
                                               problems: { bearingProblems($0) }) {
                answers.bearings.append(try withVerdict(bearing))
            }
            if !answers.bearings.isEmpty { return }
            prompt.complain("warning: it bears on no recommendation, so it will count in no assessment")
            if try prompt.confirm("Record it all the same?") { return }
        }
    }

    /// The recommendations, each with its milestones' ids and titles, wrapped to the terminal.
    private func listRecommendations() {
        let effects = Effect.allCases.map(\.rawValue).joined(separator: ", ")
        prompt.say("What does it bear on? One entry a line, as RECOMMENDATION:MILESTONE:EFFECT, or RECOMMENDATION:EFFECT "
                   + "for no milestone (effects: \(effects)).")
        for recommendation in tracker.recommendations {
            let milestones = recommendation.milestones
            prompt.say("\(recommendation.title)\(milestones.isEmpty ? " (no milestones)" : "")",
                       indent: "  \(recommendation.id)  ", hanging: "      ")
            let idWidth = milestones.map(\.id.count).max() ?? 0
            for milestone in milestones {
                let lead = "      " + milestone.id + String(repeating: " ", count: idWidth - milestone.id.count + 2)
                // A title beside ids too wide for the terminal goes on its own line instead.
                if lead.count > prompt.width / 2 {
                    prompt.say(milestone.id, indent: "      ")
                    prompt.say(milestone.title, indent: "        ")
                } else {
                    prompt.say(milestone.title, indent: lead, hanging: String(repeating: " ", count: lead.count))
                }
            }
        }
    }

    /// `bearing` with the response's verdict, asked for when the evidence is a formal response and none was given.
    private func withVerdict(_ bearing: Bearing) throws -> Bearing {
        guard answers.kind == .response, bearing.response == nil, bearing.effect != .context else { return bearing }
        var answered = bearing
        prompt.say("The response's verdict: \(ResponseVerdict.givenList).")
        answered.response = try prompt.ask("Verdict on \(bearing.recommendation)", EvidenceDraft.parseVerdict)
        return answered
    }

    private func bearingProblems(_ bearing: Bearing) -> (errors: [String], warnings: [String]) {
        var trial = answers
        trial.bearings.append(bearing)
        return problems(trial, .bearing(trial.bearings.count - 1))
    }

    /// The problems `validate` would find with one answer, given the others so far, as errors and warnings.
    private func problems(_ trial: EvidenceAnswers, _ answer: EvidenceDraftCheck.Answer) -> (errors: [String], warnings: [String]) {
        let found = trial.problems(check).filter { $0.answer == answer }
        let words = { (problem: EvidenceDraftCheck.Problem) in wording.message(for: problem, in: trial) }
        return (found.filter { $0.diagnostic.severity == .error }.map(words), found.filter { $0.diagnostic.severity == .warning }.map(words))
    }

    /// The option's value when it passes, otherwise the answer to `question`, asked until it passes.
    private func obtain<T>(_ given: String?, _ option: String, _ question: String, optional: Bool = false,
                           _ parse: (String) -> Result<T, EvidenceDraftError>,
                           problems: (T) -> (errors: [String], warnings: [String]) = { _ in ([], []) }) throws -> T? {
        if let given, !given.trimmingWhitespace.isEmpty {
            switch parse(given) {
            case .failure(let error):
                prompt.complain("\(option): \(error.message)")
            case .success(let value):
                let found = problems(value)
                for warning in found.warnings { prompt.complain("warning: \(option): \(warning)") }
                if found.errors.isEmpty { return value }
                for error in found.errors { prompt.complain("\(option): \(error)") }
            }
        }
        return try prompt.ask(question, optional: optional, parse, problems: problems)
    }

    /// Owners separated by commas.
    private static func parseOwners(_ text: String) -> Result<[String], EvidenceDraftError> {
        .success(text.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty })
    }
}

extension EvidenceAnswers {
    /// What `validate` would find wrong with the answers given so far.
    func problems(_ check: EvidenceDraftCheck) -> [EvidenceDraftCheck.Problem] {
        check.problems(date: date, publisher: publisher, url: url, kind: kind, owners: owners, bearings: bearings)
    }
}
