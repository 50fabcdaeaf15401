/// A recommendation that evidence keeps reaching but none moves: shown as a flag beside its status, never instead of it.
///
/// Stalled is not stale: stale means nothing new has been found lately; stalled means new evidence keeps being
/// recorded and none of it has progressed, met, set back or rejected anything for the recommendation's `stall-after`.
public struct Stall: Sendable, Codable, Hashable {
    /// The date of the newest evidence that moved it.
    public var since: FactDate
    /// How many evidence items bearing on it are dated after that, none of them moving it.
    public var arrivedSince: Int
    /// The recommendation's `stall-after`.
    public var after: TimeSpan

    /// Finds a stall as of `asOf` from the evidence bearing on one recommendation (oldest first) and the figures its
    /// metrics used; nil when it is not stalled. A new figure of one of its metrics moves it, whatever its bearing says.
    static func find(in input: AssessmentInput, metrics: [MetricState], after span: TimeSpan) -> Stall? {
        let dates = Dictionary(input.evidence.map { ($0.id, $0.date) }, uniquingKeysWith: { a, _ in a })
        let figures = metrics.flatMap(\.series).map { dates[$0.evidence] ?? FactDate($0.period) }
        let bearings = input.bearings.last(where: { $0.bearing.effect != .context })?.evidence.date
        guard let moved = (figures + [bearings].compactMap { $0 }).max() else { return nil }
        let windowStart = span.before(input.asOf)
        guard moved.latest < windowStart else { return nil }
        let since = input.evidence.filter { $0.date.latest > moved.latest }
        // Evidence that keeps arriving: some of it inside the window. Without it, the assessment is stale, not stalled.
        guard since.contains(where: { $0.date.latest >= windowStart }) else { return nil }
        return Stall(since: moved, arrivedSince: since.count, after: span)
    }
}
