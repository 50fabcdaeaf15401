/// The lineage of every recommendation of a tracker, built in one pass over the links.
///
/// Each link is read once, on the record that writes it, and entered at both ends: a link from R7 that `repeats` R2
/// is R7's own and R2's `repeated-by`. So the inverse side is a dictionary read by the target's key rather than a
/// scan of every record for each recommendation, and a lineage costs the same whichever command asks for it.
/// A tracker seen through one report keeps the whole tracker's graph, so a lineage still crosses reports.
public struct LinkGraph: Sendable {
    /// Each recommendation's lineage, by its key.
    private let lineages: [String: Lineage]
    /// How many link records were read to build the graph: each link of the tracker once.
    public let linksRead: Int

    /// No links: a placeholder while a tracker is made.
    static let empty = LinkGraph()

    private init() {
        lineages = [:]
        linksRead = 0
    }

    /// The graph of `tracker`'s links; its targets are looked up through the tracker's index, so qualified and short
    /// ids both work.
    init(_ tracker: Tracker) {
        // Each recommendation's call was made on its own report's date (the tracker may hold several reports).
        func reportDate(_ recommendation: Recommendation) -> FactDate {
            FactDate((tracker.report(id: recommendation.report) ?? tracker.report).date)
        }
        func call(_ recommendation: Recommendation) -> Lineage.Call {
            .recommendation(id: recommendation.id, number: recommendation.number, title: recommendation.title,
                            report: (tracker.report(id: recommendation.report) ?? tracker.report).title)
        }
        // A record's own links come before the links others make to it, as they did when each lineage was gathered
        // alone: when both ends write the same link, the record's own wording is the one kept.
        var own: [String: [Lineage.Entry]] = [:]
        var inverse: [String: [Lineage.Entry]] = [:]
        var read = 0
        for recommendation in tracker.recommendations {
            for link in recommendation.links {
                read += 1
                switch link.target {
                case .outside(let outside):
                    own[recommendation.id, default: []].append(
                        Lineage.Entry(kind: link.kind, call: .outside(outside), date: link.date ?? reportDate(recommendation),
                                      note: link.note, confidence: link.confidence))
                case .recommendation(let reference):
                    guard let other = tracker.recommendation(reference), other.id != recommendation.id else { continue }
                    own[recommendation.id, default: []].append(
                        Lineage.Entry(kind: link.kind, call: call(other), date: link.date ?? reportDate(other),
                                      note: link.note, confidence: link.confidence))
                    inverse[other.id, default: []].append(
                        Lineage.Entry(kind: link.kind.inverse, call: call(recommendation), date: link.date ?? reportDate(recommendation),
                                      note: link.note, confidence: link.confidence))
                }
            }
        }
        var lineages: [String: Lineage] = [:]
        lineages.reserveCapacity(tracker.recommendations.count)
        for recommendation in tracker.recommendations {
            let itself = Lineage.Entry(kind: nil, call: call(recommendation), date: reportDate(recommendation), note: nil, confidence: .verified)
            lineages[recommendation.id] = Lineage(itself: itself, linked: own[recommendation.id, default: []] + inverse[recommendation.id, default: []])
        }
        self.lineages = lineages
        linksRead = read
    }

    /// The lineage of `recommendation`; only itself when the graph does not hold it.
    public func lineage(of recommendation: Recommendation, in tracker: Tracker) -> Lineage {
        if let lineage = lineages[recommendation.id] { return lineage }
        let report = tracker.report(id: recommendation.report) ?? tracker.report
        return Lineage(itself: Lineage.Entry(kind: nil, call: .recommendation(id: recommendation.id, number: recommendation.number,
                                                                              title: recommendation.title, report: report.title),
                                             date: FactDate(report.date), note: nil, confidence: .verified), linked: [])
    }
}
