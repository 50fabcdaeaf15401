/// A recommendation that evidence keeps reaching but none moves: shown as a flag beside its status, never instead of it.
///
/// Stalled is not stale: stale means nothing new has been found lately; stalled means new evidence keeps being
/// recorded and none of it has progressed, met, set back or rejected anything for the recommendation's `stall-after`.
public struct Stall: Sendable, Codable, Hashable {
    // Stored properties in the order of their JSON keys' bytes: the JSON writer writes each member as it comes, with
    // nothing to move (checked by SortedJSONWriterTests).
    /// The recommendation's `stall-after`.
    public var after: TimeSpan
    /// How many evidence items bearing on it are dated after ``since``, none of them moving it.
    public var arrivedSince: Int
    /// The date of the newest evidence that moved it.
    public var since: FactDate

    /// Finds a stall as of `asOf` from the evidence bearing on one recommendation (oldest first) and the figures its
    /// metrics used; nil when it is not stalled. A new figure of one of its metrics moves it, whatever its bearing says.
    static func find(in input: AssessmentInput, metrics: [MetricState], after span: TimeSpan) -> Stall? {
        let windowStart = span.before(input.asOf)
        // Most recommendations moved lately: the newest moving bearing settles it without looking further.
        let byBearing = input.bearings.last(where: { $0.bearing.effect != .context })?.evidence.date
        if let byBearing, byBearing.latest >= windowStart { return nil }
        // A figure moved it when its evidence was published; a figure from evidence that does not bear on it counts
        // from the period it refers to, which is earlier.
        let points = metrics.flatMap(\.series)
        let sources = Set(points.map(\.evidence))
        let byFigure = sources.isEmpty ? nil : input.evidence.last(where: { sources.contains($0.id) })?.date
        let byPeriod = points.map(\.period).max().map(FactDate.init)
        guard let moved = [byBearing, byFigure, byPeriod].compactMap({ $0 }).max(), moved.latest < windowStart else { return nil }
        let since = input.evidence.filter { $0.date.latest > moved.latest }
        // Evidence that keeps arriving: some of it inside the window. Without it, the assessment is stale, not stalled.
        guard since.contains(where: { $0.date.latest >= windowStart }) else { return nil }
        return Stall(after: span, arrivedSince: since.count, since: moved)
    }
}
