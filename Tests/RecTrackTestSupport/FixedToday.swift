import RecTrackCore

/// The days the tests treat as today, so that no test depends on the clock: the loaders', the evaluators' and the
/// built binary's (`RECTRACK_TODAY`).
///
/// Two, because they move for different reasons. The test fixtures (the golden files, the hostile and quarterly
/// trackers, the fuzz inputs) are as of ``day``, and it moves only together with them. The shipped tracker
/// (Recommendations/ and Evidence/) is judged as of ``shippedTracker``, which moves whenever evidence is recorded
/// later than it (the loader refuses a `recorded` after today), together with `Tests/Expected/shipped-assessments.json`.
/// The fuzz target compiles this file too (Fuzz/build.sh), so a saved fuzz regression replays under the same day.
public enum FixedToday {
    /// The fixtures' today: 23 November 2026.
    public static let day = Day(year: 2026, month: 11, day: 23)!
    /// ``day`` as `YYYY-MM-DD`, for `RECTRACK_TODAY` and for dates on a command line.
    public static let text = day.description

    /// The shipped tracker's today: 2 December 2026, the day its newest evidence was recorded.
    public static let shippedTracker = Day(year: 2026, month: 12, day: 2)!
    /// ``shippedTracker`` as `YYYY-MM-DD`.
    public static let shippedTrackerText = shippedTracker.description
}
