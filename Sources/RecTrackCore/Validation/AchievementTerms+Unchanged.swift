extension AchievementTerms {
    /// Why `evidence`'s bearing left `recommendation`'s assessment as it was; `before` is the assessment without the
    /// evidence, as of `asOf`: "an announcement alone is not proof that it was done, so it counts only as
    /// progress", "the milestone was already met by …", "its date, 2026-04, counts from its last day, 2026-04-30, which
    /// has not come yet". Nil when the terms and the assessment give no reason.
    public static func whyUnchanged(_ bearing: Bearing, of evidence: Evidence, in recommendation: Recommendation,
                                    before: Assessment, asOf: Day) -> String? {
        if bearing.effect == .context { return "context is shown beside the verdict but never moves it" }
        if evidence.date.latest > asOf {
            return "its date, \(evidence.date), counts from its last day, \(evidence.date.latest), which has not come yet"
        }
        guard bearing.effect == .achieves, let id = bearing.milestone,
              let milestone = recommendation.milestones.first(where: { $0.id == id }) else { return nil }
        if let refusal = refusal(of: milestone, kind: evidence.kind, owners: evidence.owners, date: evidence.date) {
            return "\(refusal), so it counts only as progress"
        }
        if let state = before.milestones.first(where: { $0.id == id }), state.state == .met, let metBy = state.metBy {
            return "'\(id)' was already met, by \(metBy)"
        }
        return nil
    }
}
