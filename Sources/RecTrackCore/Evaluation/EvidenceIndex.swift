/// Evidence indexed once by recommendation and observations by metric, so
/// each assessment touches only what bears on it.
struct EvidenceIndex: Sendable {
    /// Indices into the tracker's evidence (date order) per recommendation id.
    let byRecommendation: [String: [Int]]
    /// (evidence index, observation index) per metric id, in evidence order.
    let observationsByMetric: [String: [(evidence: Int, observation: Int)]]
    /// Which evidence supersedes which, by index.
    let supersessions: [Supersession]

    init(_ evidence: [Evidence]) {
        // The three tables read different parts of each evidence; with much evidence, build them side by side.
        let ((byRecommendation, byMetric), supersessions) = evidence.count >= Concurrently.muchEvidence
            ? Concurrently.both({ EvidenceIndex.tables(evidence) }, { Supersession.all(in: evidence) })
            : (EvidenceIndex.tables(evidence), Supersession.all(in: evidence))
        self.byRecommendation = byRecommendation
        self.observationsByMetric = byMetric
        self.supersessions = supersessions
    }

    private static func tables(_ evidence: [Evidence]) -> ([String: [Int]], [String: [(evidence: Int, observation: Int)]]) {
        var byRecommendation: [String: [Int]] = [:]
        var byMetric: [String: [(evidence: Int, observation: Int)]] = [:]
        for (index, item) in evidence.enumerated() {
            let bearings = item.bearings
            // Evidence naming a recommendation twice is listed once (nearly all name one or two).
            let repeated = bearings.count < 2 ? [] : Repeats.positions(in: bearings.count) { bearings[$0].recommendation }
            // By index: only the id is read, where a copy of each bearing would retain and release all its text.
            for position in bearings.indices where repeated.isEmpty || !repeated.contains(position) {
                byRecommendation[bearings[position].recommendation, default: []].append(index)
            }
            let observations = item.observations
            for observationIndex in observations.indices {
                byMetric[observations[observationIndex].metric, default: []].append((index, observationIndex))
            }
        }
        return (byRecommendation, byMetric)
    }
}
