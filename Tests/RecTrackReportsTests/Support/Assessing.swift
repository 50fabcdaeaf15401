import RecTrackCore

extension AssessedTracker {
    /// Evaluates `tracker` as `rectrack report` does: as of `asOf`, trends against the previous quarter's end.
    static func assessing(_ tracker: Tracker, asOf: Day, knownAt: Day? = nil) -> AssessedTracker {
        Evaluator(tracker: tracker).evaluate(asOf: asOf, knownAt: knownAt, comparedWith: Evaluator.defaultComparison(for: asOf))
    }
}
