/// Checks that span files: ids used twice, and `supersedes` that name nothing.
enum RecordChecks {
    static func duplicateRecommendations(_ recommendations: [Recommendation]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var byID: [String: String] = [:]
        for recommendation in recommendations.sorted(by: { $0.path < $1.path }) {
            if let first = byID[recommendation.id] {
                diagnostics.append(Diagnostic(.duplicateRecommendationID, path: recommendation.path, at: SourceLocation.start,
                    "recommendation id '\(recommendation.id)' is also used by \(first); each recommendation has its own number"))
            } else {
                byID[recommendation.id] = recommendation.path
            }
        }
        return diagnostics
    }

    /// Milestone deadlines whose government commitment names evidence the tracker does not have.
    static func deadlineEvidence(_ recommendations: [Recommendation], evidence: [Evidence]) -> [Diagnostic] {
        let cited = recommendations.flatMap { r in r.milestones.compactMap { m in m.due?.origin.evidence.map { (r, m, $0) } } }
        guard !cited.isEmpty else { return [] }
        let ids = Set(evidence.map(\.id))
        return cited.filter { !ids.contains($0.2) }.map { recommendation, milestone, id in
            Diagnostic(.deadlineEvidenceUnknown, path: recommendation.path, at: milestone.dueLocation,
                       "milestone '\(milestone.id)' is due by a date whose commitment names unknown evidence '\(id)'.\(Suggestion.didYouMean(id, in: ids.sorted()))")
        }
    }

    static func crossEvidence(_ evidence: [Evidence]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Positions rather than copies of the evidence, and room for every id at once: with
        // 100,000 files, growing the table and counting references took most of this check.
        var firstByID: [String: Int] = [:]
        firstByID.reserveCapacity(evidence.count)
        let paths = evidence.map { $0.path }
        for index in Array(paths.indices).sortedIfNeeded(by: { paths[$0] < paths[$1] }) {
            let item = evidence[index]
            if let first = firstByID[item.id] {
                diagnostics.append(Diagnostic(.duplicateEvidenceID, path: item.path, at: item.keyLocations["id"],
                    "evidence id '\(item.id)' is also used by \(paths[first]); give one of them another name"))
            } else {
                firstByID[item.id] = index
            }
        }
        for item in evidence where !item.supersedes.isEmpty {
            for target in item.supersedes {
                guard let replaced = firstByID[target].map({ evidence[$0] }) else {
                    let hint = Suggestion.didYouMean(target, in: firstByID.keys.sorted())
                    diagnostics.append(Diagnostic(.supersedesUnknown, path: item.path, at: item.keyLocations["supersedes"],
                        "'supersedes' names unknown evidence '\(target)'.\(hint)"))
                    continue
                }
                if item.date < replaced.date {
                    diagnostics.append(Diagnostic(.supersedesLater, path: item.path, at: item.keyLocations["supersedes"],
                        "it supersedes '\(target)', which is dated later (\(replaced.date)); only later evidence should replace earlier"))
                }
            }
        }
        return diagnostics
    }
}
