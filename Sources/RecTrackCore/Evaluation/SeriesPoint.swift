/// One point of a metric's series.
public struct SeriesPoint: Sendable, Codable, Hashable {
    // Stored properties in the order of their JSON keys' bytes: the JSON writer writes each member as it comes, with
    // nothing to move (checked by SortedJSONWriterTests).
    /// The evidence that reports it (the latest, when revised).
    public var evidence: String
    /// A note on the figure, e.g. a revision.
    public var note: String?
    /// The date the figure refers to.
    public var period: Day
    /// The series it belongs to: the observation's own label, or the stretch between the metric's breaks it falls in;
    /// nil for a metric with one series.
    public var series: String?
    /// The publisher of ``evidence``.
    public var source: String
    /// The figure.
    public var value: Double

    /// Creates a point.
    public init(period: Day, value: Double, evidence: String, source: String, note: String? = nil, series: String? = nil) {
        self.series = series
        self.period = period
        self.value = value
        self.evidence = evidence
        self.source = source
        self.note = note
    }
}
