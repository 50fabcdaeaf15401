/// What a "done when" milestone's terms let an `achieves` do: said once, for the assessment that decides
/// whether a milestone is met and for `validate`, which explains every `achieves` the terms do not allow.
public enum AchievementTerms {
    /// Why evidence of `kind` from `owners` (owner ids) cannot meet `milestone` by achieving it, or nil when it can:
    /// "a statement alone is not proof", "only legislation can meet it", "it needs DfE, LGA and ADCS to have acted…".
    public static func refusal(of milestone: Milestone, kind: EvidenceKind, owners: [String], date: FactDate) -> String? {
        if kind.isClaimOnly {
            return "\(phrase(kind)) alone is not proof that it was done"
        }
        if let kinds = milestone.achievedBy, !kinds.contains(kind) {
            return "only \(list(kinds.map(\.rawValue), or: true)) can meet it, and this is \(phrase(kind))"
        }
        if let deadline = milestone.by, date.earliest > deadline {
            return "the test asks for it by \(deadline), and this evidence is dated \(date)"
        }
        if let actors = milestone.actedBy {
            let missing = actors.filter { !owners.contains($0) }
            if !missing.isEmpty {
                let named = owners.isEmpty ? "names no owner" : "names only \(list(owners))"
                return "it needs \(list(actors)) to have acted\(actors.count > 1 ? " together" : ""), and this evidence \(named)"
            }
        }
        return nil
    }

    /// Why an `achieves` that meets `milestone` counts: "legislation, not a claim; one of the kinds that can meet it;
    /// DfE and DCLG acted together".
    public static func acceptance(of milestone: Milestone, kind: EvidenceKind) -> String {
        var parts = ["\(phrase(kind)), not a claim"]
        if milestone.achievedBy != nil { parts.append("one of the kinds that can meet it") }
        if let actors = milestone.actedBy { parts.append("\(list(actors)) acted\(actors.count > 1 ? " together" : "")") }
        if let deadline = milestone.by { parts.append("in time for \(deadline)") }
        return parts.joined(separator: "; ")
    }

    /// The kind as a noun phrase: "legislation", "guidance", "a programme", "an announcement".
    static func phrase(_ kind: EvidenceKind) -> String {
        switch kind {
        case .legislation, .guidance, .funding, .statistics: return kind.rawValue
        case .announcement, .inspection: return "an \(kind.rawValue)"
        default: return "a " + String(kind.rawValue.map { $0 == "-" ? " " : $0 })
        }
    }

    /// "A", "A and B", "A, B and C" (or "or" for alternatives).
    static func list(_ items: [String], or alternatives: Bool = false) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (alternatives ? " or " : " and ") + items.last!
    }
}
