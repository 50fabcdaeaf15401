import RecTrackCore

/// What an evidence item's effect on a recommendation means, in words for the people who read it.
enum EffectText {
    /// A phrase that follows the effect's name: "Context: background only; it moves nothing".
    static func meaning(_ effect: Effect) -> String {
        switch effect {
        case .progresses: return "moves the recommendation forward, without meeting a test by itself"
        case .achieves: return "says a test is met (an announcement or statement alone never meets one)"
        case .setsBack: return "moves the recommendation back"
        case .rejects: return "an owner declines the recommendation"
        case .context: return "background only; it moves nothing"
        }
    }
}
