/// Evidence indexed once by recommendation and observations by metric, so
/// each assessment touches only what bears on it.
struct EvidenceIndex: Sendable {
    /// Indices into the tracker's evidence (date order) per recommendation id.
    let byRecommendation: [String: [Int]]
    /// (evidence index, observation index) per metric id, in evidence order.
    let observationsByMetric: [String: [(evidence: Int, observation: Int)]]

    init(_ evidence: [Evidence]) {
        var byRecommendation: [String: [Int]] = [:]
        var byMetric: [String: [(Int, Int)]] = [:]
        for (index, item) in evidence.enumerated() {
            let bearings = item.bearings
            let repeated = Set(Repeats.positions(in: bearings.count) { bearings[$0].recommendation })
            for (position, bearing) in bearings.enumerated() where repeated.isEmpty || !repeated.contains(position) {
                byRecommendation[bearing.recommendation, default: []].append(index)
            }
            for (observationIndex, observation) in item.observations.enumerated() {
                byMetric[observation.metric, default: []].append((index, observationIndex))
            }
        }
        self.byRecommendation = byRecommendation
        self.observationsByMetric = byMetric
    }
}

/// Which evidence counts at one (as-of, known-at) pair: visible and not superseded.
struct Visibility: Sendable {
    let visible: [Bool]

    init(_ evidence: [Evidence], asOf: Day, knownAt: Day?) {
        var visible = evidence.map { item in item.date.latest <= asOf && (knownAt.map { item.recorded <= $0 } ?? true) }
        var superseded = Set<String>()
        for (index, item) in evidence.enumerated() where visible[index] {
            superseded.formUnion(item.supersedes)
        }
        if !superseded.isEmpty {
            for (index, item) in evidence.enumerated() where visible[index] && superseded.contains(item.id) {
                visible[index] = false
            }
        }
        self.visible = visible
    }

    /// The series of every metric: visible observations, the later evidence winning for a repeated period.
    func series(_ evidence: [Evidence], index: EvidenceIndex) -> MetricSeries {
        var result: [String: [SeriesPoint]] = [:]
        for (metric, refs) in index.observationsByMetric {
            var byPeriod: [Day: SeriesPoint] = [:]
            // refs are in evidence order (date, id), so a later one replaces an earlier revision.
            for ref in refs where visible[ref.evidence] {
                let item = evidence[ref.evidence]
                let observation = item.observations[ref.observation]
                byPeriod[observation.period] = SeriesPoint(period: observation.period, value: observation.value,
                                                           evidence: item.id, source: item.publisher, note: observation.note)
            }
            if !byPeriod.isEmpty {
                result[metric] = byPeriod.values.sorted { $0.period < $1.period }
            }
        }
        return MetricSeries(result)
    }
}
