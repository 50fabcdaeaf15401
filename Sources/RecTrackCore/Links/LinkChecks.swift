/// Checks the links between recommendations once every record is loaded: each names a recommendation the tracker
/// has, none points at its own recommendation, `repeats` and `builds-on` never come back round, and each outside
/// call's date fits its kind (a later call is not dated before the report, nor any call after today), as does the
/// report of another recommendation it names.
enum LinkChecks {
    /// Every problem with the tracker's links, at the link.
    static func diagnostics(_ tracker: Tracker, today: Day) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let ids = tracker.recommendations.map { $0.id }
        // Edges run from the later call to the earlier one it repeats or builds on, between records by index.
        var edges: [Int: [Int]] = [:]
        let position = Dictionary(tracker.recommendations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (index, recommendation) in tracker.recommendations.enumerated() {
            // A link's dates are judged against its own recommendation's report (the tracker may hold several).
            let reportDate = (tracker.report(id: recommendation.report) ?? tracker.report).date
            for link in recommendation.links {
                let at = { (code: DiagnosticCode, message: String) in
                    diagnostics.append(Diagnostic(code, path: recommendation.path, at: link.location, message))
                }
                switch link.target {
                case .recommendation(let reference):
                    if case .ambiguous(let choices) = tracker.lookUp(reference) {
                        at(.ambiguousRecommendation, "'\(reference)' names a recommendation of several reports: write one of \(choices.joined(separator: ", "))")
                        continue
                    }
                    guard let other = tracker.recommendation(reference), let otherIndex = position[other.id] else {
                        at(.linkUnknownRecommendation, "the link names '\(reference)', which is not a recommendation of this tracker.\(RecommendationReference.hint(reference, known: ids))")
                        continue
                    }
                    guard other.id != recommendation.id else {
                        at(.linkToItself, "\(recommendation.id) links to itself ('\(reference)'); a link names another call for the same thing: another recommendation, or a call outside the tracker")
                        continue
                    }
                    switch link.kind.otherCall {
                    case .earlier: edges[index, default: []].append(otherIndex)
                    case .later: edges[otherIndex, default: []].append(index)
                    case .either: continue
                    }
                    // Another recommendation of the tracker is dated by its own report: a link from the first report that
                    // `repeats` one of a later report would tell its lineage backwards.
                    let otherReport = tracker.report(id: other.report) ?? tracker.report
                    if let date = link.date {
                        checkOrder(link.kind, date, reportDate, at)
                    } else if otherReport.date != reportDate {
                        checkOrder(link.kind, FactDate(otherReport.date), reportDate) { code, _ in
                            let later = otherReport.date > reportDate
                            at(code, "a '\(link.kind.rawValue)' link is to \(link.kind.otherCall == .earlier ? "an earlier" : "a later") call, but \(other.id) is of \(otherReport.title) (\(otherReport.date)), \(later ? "after" : "before") this recommendation's report (\(reportDate)); turn the link round (\(later ? "'repeated-by' or 'built-on-by'" : "'repeats' or 'builds-on'")), or use 'relates-to'")
                        }
                    }
                case .outside:
                    if let date = link.date {
                        if date.earliest > today {
                            at(.linkDateInFuture, "the outside call's date \(date) is after today (\(today)); a link records a call already made: check the date against its source")
                        } else {
                            checkOrder(link.kind, date, reportDate, at)
                        }
                    }
                }
            }
        }
        for cycle in SupersessionCycles.cycles(in: edges) {
            let names = cycle.map { tracker.recommendations[$0].id }
            let path = (names + [names[0]]).joined(separator: " → ")
            for member in cycle {
                let recommendation = tracker.recommendations[member]
                // Only members whose own record writes a link of the cycle are told; the record is where the fix goes.
                guard let link = recommendation.links.first(where: { link in
                    guard case .recommendation(let reference) = link.target, link.kind.otherCall != .either,
                          let other = tracker.recommendation(reference) else { return false }
                    return names.contains(other.id)
                }) else { continue }
                diagnostics.append(Diagnostic(.linkCycle, path: recommendation.path, at: link.location,
                    "the links go round in a cycle: \(path), each repeating or building on the next; a call can only repeat or build on an earlier one. Remove or turn round the link that is wrong"))
            }
        }
        return diagnostics
    }

    /// A later call dated before the report, or an earlier call dated after it.
    private static func checkOrder(_ kind: RecommendationLink.Kind, _ date: FactDate, _ reportDate: Day,
                                   _ report: (DiagnosticCode, String) -> Void) {
        switch kind.otherCall {
        case .later where date.latest < reportDate:
            report(.linkDateOutOfOrder, "a '\(kind.rawValue)' link is to a later call, but its date \(date) is before this recommendation's report (\(reportDate)); check the date, or use 'repeats', 'builds-on' or 'relates-to' for an earlier call")
        case .earlier where date.earliest > reportDate:
            report(.linkDateOutOfOrder, "a '\(kind.rawValue)' link is to an earlier call, but its date \(date) is after this recommendation's report (\(reportDate)); check the date, or use 'repeated-by', 'built-on-by' or 'relates-to' for a later call")
        default:
            break
        }
    }
}
