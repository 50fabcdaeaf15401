/// Checks that span files: ids used twice, and `supersedes` that name nothing.
enum RecordChecks {
    static func duplicateRecommendations(_ recommendations: [Recommendation]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var byID: [String: String] = [:]
        // Only the paths and ids are sorted: a sorted copy of the recommendations would retain and release all of them.
        for (path, id) in recommendations.map({ ($0.path, $0.id) }).sorted(by: { $0.0 < $1.0 }) {
            if let first = byID[id] {
                diagnostics.append(Diagnostic(.duplicateRecommendationID, path: path, at: SourceLocation.start,
                    "recommendation id '\(id)' is also used by \(first); each recommendation has its own number"))
            } else {
                byID[id] = path
            }
        }
        return diagnostics
    }

    /// Milestone deadlines whose government commitment names evidence the tracker does not have.
    static func deadlineEvidence(_ recommendations: [Recommendation], evidence: [Evidence]) -> [Diagnostic] {
        let cited = recommendations.flatMap { r in r.milestones.compactMap { m in m.due?.origin.evidence.map { (r, m, $0) } } }
        guard !cited.isEmpty else { return [] }
        let ids = Set(evidence.map { $0.id })
        return cited.filter { !ids.contains($0.2) }.map { recommendation, milestone, id in
            Diagnostic(.deadlineEvidenceUnknown, path: recommendation.path, at: milestone.dueLocation,
                       "milestone '\(milestone.id)' is due by a date whose commitment names unknown evidence '\(id)'.\(Suggestion.didYouMean(id, in: ids.sorted()))")
        }
    }

    /// The files, in path order, whose id an earlier file already has (each with that file's position), and each id's
    /// first file. Evidence and replies are cited by id alone, wherever their year folder is, so a second file of one
    /// id (`Replies/2025/x.yaml` beside `Replies/2026/x.yaml`) would make a citation of it ambiguous.
    static func repeatedIDs<Item>(_ items: [Item], id: (Item) -> String, path: (Item) -> String)
        -> (repeats: [(index: Int, first: Int)], firstByID: [String: Int]) {
        // Positions rather than copies of the items, and room for every id at once: with
        // 100,000 evidence files, growing the table and counting references took most of this check.
        var firstByID: [String: Int] = [:], repeats: [(index: Int, first: Int)] = []
        firstByID.reserveCapacity(items.count)
        let paths = items.map(path)
        for index in Array(paths.indices).sortedIfNeeded(by: { paths[$0] < paths[$1] }) {
            let itemID = id(items[index])
            if let first = firstByID[itemID] {
                repeats.append((index, first))
            } else {
                firstByID[itemID] = index
            }
        }
        return (repeats, firstByID)
    }

    /// A reply whose id an earlier reply file already has, at the second file's `id` (`idLocations` are the replies' own).
    static func duplicateReplies(_ replies: [Reply], idLocations: [SourceLocation?]) -> [Diagnostic] {
        repeatedIDs(replies, id: \.id, path: \.path).repeats.map { index, first in
            Diagnostic(.duplicateReplyID, path: replies[index].path, at: idLocations[index],
                       "reply id '\(replies[index].id)' is also used by \(replies[first].path); give one of them another name")
        }
    }

    static func crossEvidence(_ evidence: [Evidence]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let (repeats, firstByID) = repeatedIDs(evidence, id: { $0.id }, path: { $0.path })
        for (index, first) in repeats {
            let item = evidence[index]
            diagnostics.append(Diagnostic(.duplicateEvidenceID, path: item.path, at: item.keyLocations["id"],
                "evidence id '\(item.id)' is also used by \(evidence[first].path); give one of them another name"))
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
