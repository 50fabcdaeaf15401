/// Checks that span files: ids used twice, and `supersedes` that name nothing.
enum RecordChecks {
    static func duplicateRecommendations(_ recommendations: [Recommendation]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var byID: [String: String] = [:]
        for recommendation in recommendations.sorted(by: { $0.path < $1.path }) {
            if let first = byID[recommendation.id] {
                diagnostics.append(Diagnostic(.error, path: recommendation.path, at: SourceLocation.start,
                    "recommendation id '\(recommendation.id)' is also used by \(first); each recommendation has its own number"))
            } else {
                byID[recommendation.id] = recommendation.path
            }
        }
        return diagnostics
    }

    static func crossEvidence(_ evidence: [Evidence]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var byID: [String: Evidence] = [:]
        for item in evidence.sortedIfNeeded(by: { $0.path < $1.path }) {
            if let first = byID[item.id] {
                diagnostics.append(Diagnostic(.error, path: item.path, at: item.keyLocations["id"],
                    "evidence id '\(item.id)' is also used by \(first.path); give one of them another name"))
            } else {
                byID[item.id] = item
            }
        }
        for item in evidence {
            for target in item.supersedes {
                guard let replaced = byID[target] else {
                    let hint = Suggestion.didYouMean(target, in: byID.keys.sorted())
                    diagnostics.append(Diagnostic(.error, path: item.path, at: item.keyLocations["supersedes"],
                        "'supersedes' names unknown evidence '\(target)'.\(hint)"))
                    continue
                }
                if item.date < replaced.date {
                    diagnostics.append(Diagnostic(.warning, path: item.path, at: item.keyLocations["supersedes"],
                        "it supersedes '\(target)', which is dated later (\(replaced.date)); only later evidence should replace earlier"))
                }
            }
        }
        return diagnostics
    }
}
