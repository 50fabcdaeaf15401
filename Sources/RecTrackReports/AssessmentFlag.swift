import RecTrackCore

/// What is shown beside a status, never instead of it: the evidence is old, nothing has moved it, a deadline has passed.
public enum AssessmentFlag: String, Sendable, CaseIterable {
    /// The newest evidence is older than the recommendation's `stale-after`.
    case stale
    /// Evidence keeps arriving, but none has moved it for its `stall-after`.
    case stalled
    /// A milestone or target is past its due date and not met.
    case pastDue = "past due"

    /// The flags that hold for `assessment`, in this order.
    public static func flags(of assessment: Assessment) -> [AssessmentFlag] {
        var flags: [AssessmentFlag] = []
        if assessment.stale { flags.append(.stale) }
        if assessment.stalled != nil { flags.append(.stalled) }
        if assessment.deadlines.contains(where: { $0.standing == .pastDue }) { flags.append(.pastDue) }
        return flags
    }

    /// " (stale, stalled)", or "" when no flag holds: what follows a status in a table cell.
    public static func suffix(of assessment: Assessment) -> String {
        let flags = flags(of: assessment)
        return flags.isEmpty ? "" : " (" + flags.map(\.rawValue).joined(separator: ", ") + ")"
    }

    /// One sentence for a legend.
    public var meaning: String {
        switch self {
        case .stale: return "the newest evidence is older than the recommendation allows (usually 12 months), so the status may be out of date."
        case .stalled: return "evidence keeps arriving, but none has moved it for its stall period (usually 18 months)."
        case .pastDue: return "a due date set by the report or the government has passed, unmet."
        }
    }

    /// The flags among `assessments` with their meanings, for a legend below a table.
    static func legend(for assessments: [Assessment]) -> [(label: String, meaning: String)] {
        let present = Set(assessments.flatMap(flags(of:)))
        return allCases.filter(present.contains).map { ($0.rawValue, $0.meaning) }
    }
}
