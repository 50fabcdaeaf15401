/// One evidence (`by`) naming another (`target`) in its `supersedes`, by index into the tracker's evidence.
struct Supersession: Sendable {
    let by: Int
    let target: Int

    /// Every supersession, each id resolved to every evidence that has it. Resolved once, so
    /// judging visibility at a date does not hash every evidence's id again.
    static func all(in evidence: [Evidence]) -> [Supersession] {
        var targets = Set<String>()
        for item in evidence where !item.supersedes.isEmpty { targets.formUnion(item.supersedes) }
        guard !targets.isEmpty else { return [] }
        var indicesByID: [String: [Int]] = [:]
        for (index, item) in evidence.enumerated() where targets.contains(item.id) {
            indicesByID[item.id, default: []].append(index)
        }
        var result: [Supersession] = []
        for (index, item) in evidence.enumerated() where !item.supersedes.isEmpty {
            for id in item.supersedes {
                for target in indicesByID[id] ?? [] { result.append(Supersession(by: index, target: target)) }
            }
        }
        return result
    }
}

/// Which evidence counts at one (as-of, known-at) pair: visible and not superseded.
struct Visibility: Sendable {
    let visible: [Bool]

    /// Evidence dated by `asOf` (and recorded by `knownAt`) is visible, unless visible evidence supersedes it.
    init(_ evidence: [Evidence], asOf: Day, knownAt: Day?, supersessions: [Supersession]) {
        let dated = evidence.map { item in item.date.latest <= asOf && (knownAt.map { item.recorded <= $0 } ?? true) }
        var visible = dated
        for supersession in supersessions where dated[supersession.by] {
            visible[supersession.target] = false
        }
        self.visible = visible
    }

    /// The series of every metric: visible observations, the later evidence winning for a repeated period; each
    /// metric's figures as of `asOf` are keyed by series once, with `metrics`.
    func series(_ evidence: [Evidence], index: EvidenceIndex, metrics: MetricCatalog, asOf: Day) -> MetricSeries {
        var result: [String: [SeriesPoint]] = [:]
        for (metric, refs) in index.observationsByMetric {
            var byPeriod: [Day: SeriesPoint] = [:]
            // refs are in evidence order (date, id), so a later one replaces an earlier revision.
            for ref in refs where visible[ref.evidence] {
                let item = evidence[ref.evidence]
                let observation = item.observations[ref.observation]
                byPeriod[observation.period] = SeriesPoint(period: observation.period, value: observation.value,
                                                           evidence: item.id, source: item.publisher, note: observation.note,
                                                           series: observation.series)
            }
            if !byPeriod.isEmpty {
                result[metric] = byPeriod.values.sorted { $0.period < $1.period }
            }
        }
        return MetricSeries(result, keyedBy: metrics, asOf: asOf)
    }
}
