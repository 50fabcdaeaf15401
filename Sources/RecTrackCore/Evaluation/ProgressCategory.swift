/// How a statistic is moving, judged by Statistics Canada's progress method as Open SDG uses it
/// (see ``ProgressMethod``).
public enum ProgressCategory: String, Sendable, Codable, CaseIterable {
    /// The latest figure has reached the target.
    case targetAchieved = "target-achieved"
    /// Moving the wanted way at least at 95 % of the pace needed (or 1.5 % a year with no target date).
    case onTrack = "on-track"
    /// Moving the wanted way at 60–95 % of the pace needed (or 0.5–1.5 % a year).
    case accelerationNeeded = "acceleration-needed"
    /// Moving the wanted way at under 60 % of the pace needed (or under 0.5 % a year), or not moving.
    case limited
    /// Moving away from the target.
    case deterioration
    /// The method cannot judge these figures; ``ProgressJudgement/reason`` says why.
    case notComputable = "not-computable"

    /// The method's own name for the category, for people: "Progress made but acceleration needed".
    public var label: String {
        switch self {
        case .targetAchieved: return "Target achieved"
        case .onTrack: return "On track"
        case .accelerationNeeded: return "Progress made but acceleration needed"
        case .limited: return "Limited progress"
        case .deterioration: return "Deterioration"
        case .notComputable: return "Unable to assess"
        }
    }

    /// One line on what the category means with the method's published thresholds.
    public var meaning: String {
        switch self {
        case .targetAchieved:
            return "The latest figure has reached the target."
        case .onTrack:
            return "Moving the wanted way at 95% or more of the yearly pace needed to reach the target by its date (with no target date: 1.5% a year or more)."
        case .accelerationNeeded:
            return "Moving the wanted way, but at 60% to 95% of the yearly pace needed (with no target date: 0.5% to 1.5% a year)."
        case .limited:
            return "Moving the wanted way at under 60% of the yearly pace needed (with no target date: under 0.5% a year), or not moving at all."
        case .deterioration:
            return "Moving away from the target."
        case .notComputable:
            return "The method cannot judge these figures, for example because there are not two observations at different dates, or the series crosses zero."
        }
    }
}
