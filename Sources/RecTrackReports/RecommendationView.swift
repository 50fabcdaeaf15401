import RecTrackCore

/// One recommendation as every view of it shows it: `show` (text), its page on the site and `show --format json`
/// are all made from this value, so a field added here appears in all three.
///
/// It resolves what the assessment only names: owners' names and who leads, milestone and evidence titles,
/// which evidence a citation points at, each evidence item's bearings on this recommendation.
public struct RecommendationView: Sendable {
    /// An owner of the recommendation.
    public struct OwnerRole: Sendable, Encodable, Hashable {
        /// The owner's id.
        public let id: String
        /// Its full name, or the id when the tracker has no such owner.
        public let name: String
        /// True when the tracker's owners list has it.
        public let known: Bool
        /// True for the first of several owners.
        public let lead: Bool
    }

    /// A citation of one evidence item.
    public struct Citation: Sendable, Encodable, Hashable {
        /// The evidence id.
        public let id: String
        /// The evidence, when the tracker has it.
        public let title: String?
        /// Its date.
        public let date: FactDate?
        /// Its address, when it has one.
        public let url: String?
        /// True when it bears on this recommendation, so it is in the timeline (a metric's figure may come from elsewhere).
        public let inTimeline: Bool
        /// True when its source could be checked only in part (`confidence: partly`): said wherever it is cited.
        public var partlyVerified = false

        private enum CodingKeys: String, CodingKey { case id, title, date, url, inTimeline }
    }

    /// A "done when" milestone and the evidence behind its state.
    public struct Milestone: Sendable {
        /// The milestone's state as assessed.
        public let state: MilestoneState
        /// The evidence bearing on it, oldest first.
        public let evidence: [Citation]
    }

    /// A metric with what the tracker says about it.
    public struct Metric: Sendable {
        /// The metric's state as assessed.
        public let state: MetricState
        /// What the metric measures, from the metrics catalogue.
        public let description: String?
        /// Who publishes it.
        public let source: String?
        /// The evidence each figure comes from, by evidence id.
        public let figures: [String: Citation]
    }

    /// A sentence of the reasoning with the evidence it cites.
    public struct Reason: Sendable {
        /// The sentence.
        public let text: String
        /// Its citations.
        public let evidence: [Citation]
    }

    /// How one evidence item bears on this recommendation.
    public struct BearingLine: Sendable, Encodable, Hashable {
        /// The effect.
        public let effect: Effect
        /// The milestone's id, when the bearing names one.
        public let milestone: String?
        /// That milestone's "done when" words (the id when the protocol has no such milestone).
        public let milestoneTitle: String?
        /// The formal response it records.
        public let response: ResponseVerdict?
        /// The secretariat's published note.
        public let note: String?
    }

    /// One evidence item of the timeline and what it does to this recommendation.
    public struct TimelineEntry: Sendable {
        /// The evidence.
        public let evidence: Evidence
        /// Its bearings on this recommendation.
        public let bearings: [BearingLine]
    }

    /// The recommendation.
    public let recommendation: Recommendation
    /// Its assessment.
    public let assessment: Assessment
    /// The report it comes from.
    public let reportTitle: String
    /// Its owners, lead first.
    public let owners: [OwnerRole]
    /// Its milestones.
    public let milestones: [Milestone]
    /// Its metrics.
    public let metrics: [Metric]
    /// The reasoning.
    public let reasons: [Reason]
    /// The evidence bearing on it that the assessment saw, oldest first.
    public let timeline: [TimelineEntry]
    /// The calls it repeats, builds on or relates to, and the later calls that repeat it, in date order.
    public let lineage: Lineage

    /// Builds the view of one assessed recommendation of `tracker`; `evidenceByID` is ``evidenceByID(_:)`` of the
    /// tracker, made once for all its views.
    public init(_ entry: AssessedRecommendation, in tracker: Tracker, evidenceByID: [String: Evidence]) {
        let recommendation = entry.recommendation, assessment = entry.assessment
        self.recommendation = recommendation
        self.assessment = assessment
        reportTitle = tracker.report(id: recommendation.report)?.title ?? tracker.report.title
        owners = recommendation.owners.enumerated().map { index, id in
            let owner = tracker.owners.owner(id: id)
            return OwnerRole(id: id, name: owner?.name ?? id, known: owner != nil, lead: index == 0 && recommendation.owners.count > 1)
        }
        let citations = CitationIndex(byID: evidenceByID, inTimeline: Set(entry.evidence.map { $0.id }))
        milestones = assessment.milestones.map { Milestone(state: $0, evidence: $0.evidence.map(citations.cite)) }
        metrics = assessment.metrics.map { state in
            let catalogue = tracker.metrics.metric(state.metric)
            var figures: [String: Citation] = [:]
            for point in state.series { figures[point.evidence] = citations.cite(point.evidence) }
            return Metric(state: state, description: catalogue?.description, source: catalogue?.source, figures: figures)
        }
        lineage = Lineage(of: recommendation, in: tracker)
        reasons = assessment.rationale.map { Reason(text: $0.text, evidence: $0.evidence.map(citations.cite)) }
        timeline = entry.evidence.map { item in
            TimelineEntry(evidence: item, bearings: item.bearings.filter { $0.recommendation == recommendation.id }.map { bearing in
                BearingLine(effect: bearing.effect, milestone: bearing.milestone,
                            milestoneTitle: bearing.milestone.map { id in recommendation.milestones.first { $0.id == id }?.title ?? id },
                            response: bearing.response, note: bearing.note)
            })
        }
    }

    /// Every evidence item of the tracker by id (the first, where an id repeats), for citations.
    public static func evidenceByID(_ tracker: Tracker) -> [String: Evidence] {
        Dictionary(tracker.evidence.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The formal response in words: "accepted in part", "no response identified", or "not tracked" when the protocol has no
    /// `response` part; with the date of the response when there is one.
    public var responseText: String {
        guard let response = assessment.response else { return "not tracked" }
        guard let standing = assessment.responses?.last else { return response.words }
        return "\(response.words) (\(standing.date))"
    }

    /// Every formal response in order when there were several, "accepted (20 Mar 2026), then rejected (10 Sep 2026)"; nil otherwise.
    public var responseHistoryText: String? {
        guard let history = assessment.responses, history.count > 1 else { return nil }
        return history.map { "\($0.verdict.words) (\(DateText.short($0.date)))" }.joined(separator: ", then ")
    }
}

/// Finds the evidence a citation names, once per view.
private struct CitationIndex {
    let byID: [String: Evidence]
    let inTimeline: Set<String>

    func cite(_ id: String) -> RecommendationView.Citation {
        let item = byID[id]
        var citation = RecommendationView.Citation(id: id, title: item?.title, date: item?.date, url: item?.url, inTimeline: inTimeline.contains(id))
        citation.partlyVerified = item?.confidence == .partly
        return citation
    }
}

extension RecommendationView: Encodable {
    private enum Keys: String, CodingKey {
        case text, theme, report, ownedBy, timeline, lineage
    }

    /// The lineage as JSON: the sentence the brief prints and each call in date order.
    private struct LineageJSON: Encodable {
        let sentence: String
        let calls: [CallJSON]
    }

    /// One call of the lineage: `relation` is `this` for the recommendation itself, else the link's kind seen from it.
    private struct CallJSON: Encodable {
        let relation: String
        let date: FactDate
        let recommendation: String?
        let report: String?
        let title: String
        let publisher: String?
        let url: String?
        let note: String?
        let confidence: Confidence
    }

    /// One timeline entry as JSON: the evidence's facts and its bearings on this recommendation.
    private struct TimelineJSON: Encodable {
        let id: String
        let date: FactDate
        let title: String
        let publisher: String
        let url: String?
        let reportedBy: String?
        let kind: EvidenceKind
        /// `partly` when the source could be checked only in part; absent when verified.
        let confidence: Confidence?
        let bearings: [BearingLine]
    }

    /// Every key of the assessment, as `status --format json` gives it, then what this view adds: the report's
    /// words, the theme, the report, the owners' names and the evidence timeline.
    public func encode(to encoder: any Encoder) throws {
        try assessment.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(recommendation.text, forKey: .text)
        try container.encode(recommendation.theme, forKey: .theme)
        try container.encode(reportTitle, forKey: .report)
        try container.encode(owners, forKey: .ownedBy)
        try container.encode(timeline.map { entry in
            let item = entry.evidence
            return TimelineJSON(id: item.id, date: item.date, title: item.title, publisher: item.publisher, url: item.url, reportedBy: item.reportedBy,
                                kind: item.kind, confidence: item.confidence == .partly ? .partly : nil, bearings: entry.bearings)
        }, forKey: .timeline)
        // A recommendation without links keeps the JSON it always had.
        if let sentence = LineageText.sentence(lineage) {
            try container.encode(LineageJSON(sentence: sentence, calls: lineage.entries.map { entry in
                CallJSON(relation: entry.kind?.rawValue ?? "this", date: entry.date, recommendation: entry.call.recommendationID,
                         report: entry.call.report, title: entry.call.title, publisher: entry.call.outside?.publisher,
                         url: entry.call.outside?.url, note: entry.note, confidence: entry.confidence)
            }), forKey: .lineage)
        }
    }
}
