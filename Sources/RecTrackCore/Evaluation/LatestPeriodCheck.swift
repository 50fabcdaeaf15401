/// Whether a statistic has a figure for the latest period that should have been published by a date,
/// said apart from how fast it is moving (``ProgressMethod``).
public struct LatestPeriodCheck: Sendable, Hashable, Codable {
    /// The latest period whose figure should be out by the date; nil only at the very start of the calendar.
    public var expectedPeriod: Day?
    /// The latest period with a figure, on or before the date.
    public var latestObserved: Day?
    /// True when there is a figure for the expected period or a later one (or nothing is due yet).
    public var latestPeriodObserved: Bool

    /// Checks the periods of a statistic's figures against its frequency as of `asOf`; figures for
    /// periods after `asOf` are not counted.
    public init(frequency: ReportingFrequency, observedPeriods: some Sequence<Day>, asOf: Day) {
        expectedPeriod = frequency.latestDuePeriod(asOf: asOf)
        latestObserved = observedPeriods.filter { $0 <= asOf }.max()
        if let expectedPeriod {
            latestPeriodObserved = latestObserved.map { $0 >= expectedPeriod } ?? false
        } else {
            latestPeriodObserved = true
        }
    }
}
