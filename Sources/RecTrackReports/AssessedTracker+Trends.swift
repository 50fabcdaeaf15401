import RecTrackCore

extension AssessedTracker {
    /// The date the site and the brief say trends are measured from: the one the evaluation compared with,
    /// or the default (the end of the previous quarter), whose trends are then shown as not known.
    var trendsSince: Day { comparedWith ?? Evaluator.defaultComparison(for: asOf) }
}
