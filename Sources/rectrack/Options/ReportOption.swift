import ArgumentParser
import RecTrackCore

/// `--report`: one report of a tracker that holds several.
struct ReportOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only this report's recommendations, in a tracker holding several reports: the report's id, in any case.",
                                            valueName: "report-id"))
    var report: String?

    /// The tracker seen through the report asked for (the whole tracker when none was); a usage error listing the
    /// reports when it has no such report.
    func apply(to tracker: Tracker) throws -> Tracker {
        guard let report else { return tracker }
        if let restricted = tracker.restricted(toReport: report) { return restricted }
        let ids = tracker.reports.map(\.id)
        throw ValidationError("unknown report '\(SafeText.neutralised(report))'.\(Suggestion.didYouMean(report, in: ids)) The tracker's \(ids.count == 1 ? "only report is" : "reports are"): \(ids.joined(separator: ", ")).")
    }
}

extension Tracker {
    /// The recommendation a person named, or a usage error: the qualified ids to choose from when several reports have
    /// it, else a hint at the ids the tracker has.
    func recommendation(named reference: String) throws -> Recommendation {
        switch lookUp(reference) {
        case .found(let position):
            return recommendations[position]
        case .ambiguous(let choices):
            throw ValidationError("'\(SafeText.neutralised(reference))' names a recommendation of several reports: write one of \(choices.joined(separator: ", ")), or pass --report")
        case .unknown:
            throw ValidationError("no recommendation '\(reference)'.\(RecommendationReference.hint(reference, known: recommendations.map(\.id)))")
        }
    }
}
