import RecTrackCore

/// `validate`'s messages about an evidence file, reworded for `evidence add`: in terms of the options and answers
/// the person gave, never of YAML keys in a file that does not exist yet. The rules stay `validate`'s
/// (``EvidenceDraftCheck``); only the words change, and a message that names no key is kept as it is.
struct EvidenceAddWording {
    let tracker: Tracker
    let today: Day

    /// The message for `problem`, given what was answered.
    func message(for problem: EvidenceDraftCheck.Problem, in answers: EvidenceAnswers) -> String {
        let diagnostic = problem.diagnostic
        let bearing: Bearing? = if case .bearing(let index) = problem.answer, answers.bearings.indices.contains(index) {
            answers.bearings[index]
        } else { nil }
        switch diagnostic.code {
        case .dateInFuture:
            return "\(answers.date.map(\.description) ?? "the date") is after today (\(today)): evidence records what has happened; give a coming date, such as a commencement, as --due"
        case .effectWithoutMilestone:
            guard let bearing else { break }
            let milestones = tracker.recommendation(bearing.recommendation)?.milestones.map(\.id) ?? []
            return "'\(bearing.effect.rawValue)' names no milestone, so it moves nothing: write \(bearing.recommendation):MILESTONE:\(bearing.effect.rawValue) with MILESTONE one of \(milestones.joined(separator: ", ")), or \(bearing.recommendation):context"
        case .noMilestonesToName:
            guard let bearing, let milestone = bearing.milestone else { break }
            return "\(bearing.recommendation)'s protocol has no milestones, so '\(milestone)' cannot apply: write \(bearing.recommendation):\(bearing.effect.rawValue)"
        case .verdictOnWrongKind:
            guard let verdict = bearing?.response else { break }
            return "the verdict '\(verdict.rawValue)' is only for evidence of kind 'response' (the government's formal response): leave it out, or give the kind response"
        case .verdictNone:
            return "the verdict 'none' cannot be recorded as evidence: when there is no response, record nothing"
        case .responseWithoutVerdict:
            return "evidence of kind 'response' gives the government's verdict on a --bears-on entry, such as R1:progresses:accepted (\(ResponseVerdict.givenList))"
        case .achievesNotAllowed:
            guard let bearing, let milestone = bearing.milestone else { break }
            return diagnostic.message
                .replacing("this 'achieves' cannot", with: "'achieves' cannot")
                .replacing("write 'effect: progresses'", with: "write \(bearing.recommendation):\(milestone):progresses")
        default:
            break
        }
        return diagnostic.message
    }

    /// The question a key of the written file was answered at, for a problem found only when the whole tracker is checked.
    static func question(forKey key: String) -> String {
        switch key {
        case "url": return "Web address"
        case "owners": return "Owners"
        case "bears-on": return "Bears on"
        case "recorded", "id": return option(forKey: key)
        default: return key.prefix(1).uppercased() + key.dropFirst()
        }
    }

    /// The option a key of the written file came from, for a problem found only when the whole tracker is checked.
    static func option(forKey key: String) -> String {
        switch key {
        case "owners": return "--owner"
        case "recorded": return "the day recorded (today)"
        case "id": return "the file's name (from --date and --title)"
        default: return "--" + key
        }
    }
}
