import RecTrackCore

/// A recommendation's lineage in words, the same in every view: one sentence for the brief ("Called for in No Good
/// Options, recommendation 4 (21 March 2017); built on by …"), and a label and a name for each call of a list.
/// It says only what the links say: a call that relates to the recommendation is "related", never "repeats".
public enum LineageText {
    /// The lineage as one sentence; nil when no call is linked to the recommendation.
    public static func sentence(_ lineage: Lineage) -> String? {
        guard !lineage.isEmpty else { return nil }
        var clauses: [String] = []
        for entry in lineage.entries {
            let (by, name) = words(entry.call)
            let when = "(\(DateText.long(entry.date))\(entry.confidence == .partly ? ", partly verified" : ""))"
            let source = by.map { "by \($0) in \(name)" } ?? "in \(name)"
            switch entry.kind {
            // Never "first": a call earlier than every linked one may exist.
            case nil: clauses.append("called for in \(name) \(when)")
            case .repeats?: clauses.append("called for \(source) \(when), which this recommendation repeats")
            case .buildsOn?: clauses.append("called for \(source) \(when), which this recommendation builds on")
            case .repeatedBy?: clauses.append("repeated \(source) \(when)")
            case .builtOnBy?: clauses.append("built on \(source) \(when)")
            case .relatesTo?: clauses.append("related: \(by.map { "\($0), " } ?? "")\(name) \(when)")
            }
        }
        return clauses.joined(separator: "; ").capitalisedFirst + "."
    }

    /// The calls that repeat or build on the recommendation, or that it repeats or builds on, in as few words as the
    /// two-page brief allows, the dates of one body's calls together: "Built on by Children's Commissioner for England
    /// (March 2024; November 2024, partly verified)." Related calls are left to the site; nil when there is none.
    public static func brief(_ lineage: Lineage) -> String? {
        var groups: [(key: String, dates: [String])] = []
        for entry in lineage.entries {
            guard let kind = entry.kind, kind != .relatesTo else { continue }
            let (by, name) = words(entry.call)
            let verb: String
            switch kind {
            case .repeats: verb = "repeats a call"
            case .buildsOn: verb = "builds on a call"
            case .repeatedBy: verb = "repeated"
            case .builtOnBy, .relatesTo: verb = "built on"
            }
            let key = "\(verb) \(by.map { "by \($0)" } ?? "in \(name)")"
            let date = DateText.long(entry.date) + (entry.confidence == .partly ? ", partly verified" : "")
            if let index = groups.firstIndex(where: { $0.key == key }) { groups[index].dates.append(date) } else { groups.append((key, [date])) }
        }
        guard !groups.isEmpty else { return nil }
        return groups.map { "\($0.key) (\($0.dates.joined(separator: "; ")))" }.joined(separator: "; ").capitalisedFirst + "."
    }

    /// How a call of the list relates to the recommendation, seen from it: "repeats it", "related".
    public static func label(_ kind: RecommendationLink.Kind?) -> String {
        switch kind {
        case nil: return "this recommendation"
        case .repeats?: return "an earlier call it repeats"
        case .buildsOn?: return "an earlier call it builds on"
        case .repeatedBy?: return "repeats it"
        case .builtOnBy?: return "builds on it"
        case .relatesTo?: return "related"
        }
    }

    /// Who made a call (nil for a recommendation of the tracker, which the name says) and its name: "“Title”", or
    /// "No Good Options, recommendation 4".
    public static func words(_ call: Lineage.Call) -> (by: String?, name: String) {
        switch call {
        case .recommendation(_, let number, _, let report): return (nil, "\(report), recommendation \(number)")
        case .outside(let outside): return (outside.publisher, "“\(outside.title)”")
        }
    }

    /// The call named in one line: "“Title”, Publisher" or "No Good Options, recommendation 4: Short title".
    public static func name(_ call: Lineage.Call) -> String {
        switch call {
        case .recommendation(_, _, let title, _): return "\(words(call).name): \(title)"
        case .outside(let outside): return "“\(outside.title)”, \(outside.publisher)"
        }
    }
}
