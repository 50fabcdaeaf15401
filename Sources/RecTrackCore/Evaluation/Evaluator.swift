import Dispatch

/// Runs each recommendation's protocol over its evidence and turns the outcome into an ``Assessment``.
public struct Evaluator: Sendable {
    /// The tracker assessed.
    public let tracker: Tracker
    /// Where it is and which plugins may run.
    public let environment: AssessmentEnvironment
    private let index: EvidenceIndex

    /// Creates an evaluator; evidence is indexed once here.
    public init(tracker: Tracker, environment: AssessmentEnvironment? = nil) {
        self.tracker = tracker
        self.environment = environment ?? AssessmentEnvironment(root: tracker.root)
        self.index = EvidenceIndex(tracker.evidence)
    }

    /// Assesses the recommendations (all of them, or only `recommendations`) as of `asOf`, using only evidence
    /// recorded by `knownAt` when given, with a trend against `previous` when given: the one result that commands
    /// and renderers read, each assessment with the evidence that was visible to it.
    public func evaluate(asOf: Day, knownAt: Day? = nil, comparedWith previous: Day? = nil,
                         recommendations: [Recommendation]? = nil) -> AssessedTracker {
        let recommendations = recommendations ?? tracker.recommendations
        // Worth the threads when there are many recommendations or much evidence behind each.
        let parallel = recommendations.count >= 64 || (recommendations.count > 1 && tracker.evidence.count >= Concurrently.muchEvidence)
        let now: Moment, then: Moment?
        if let previous, parallel {
            let pair = Concurrently.both({ Moment(evaluator: self, asOf: asOf, knownAt: knownAt) },
                                         { Moment(evaluator: self, asOf: previous, knownAt: knownAt) })
            (now, then) = (pair.0, pair.1)
        } else {
            now = Moment(evaluator: self, asOf: asOf, knownAt: knownAt)
            then = previous.map { Moment(evaluator: self, asOf: $0, knownAt: knownAt) }
        }
        let work = { @Sendable (recommendation: Recommendation) -> AssessedRecommendation in
            let entry = now.assess(recommendation)
            guard let then else { return entry }
            var assessment = entry.assessment
            // The earlier side gives only a status and progress to compare with: its reasons and replies would be
            // written for nothing.
            assessment.trend = Evaluator.trend(from: then.status(of: recommendation), to: assessment)
            return AssessedRecommendation(recommendation: recommendation, assessment: assessment, evidence: entry.evidence)
        }
        let entries = parallel ? recommendations.concurrentMap(work) : recommendations.map(work)
        return AssessedTracker(tracker: tracker, entries: entries, asOf: asOf, knownAt: knownAt, comparedWith: previous)
    }

    /// The assessments alone of ``evaluate(asOf:knownAt:comparedWith:recommendations:)``, in recommendation order.
    public func assessAll(asOf: Day, knownAt: Day? = nil, comparedWith previous: Day? = nil) -> [Assessment] {
        evaluate(asOf: asOf, knownAt: knownAt, comparedWith: previous).assessments
    }

    /// The assessment alone of one recommendation.
    public func assess(_ recommendation: Recommendation, asOf: Day, knownAt: Day? = nil, comparedWith previous: Day? = nil) -> Assessment {
        evaluate(asOf: asOf, knownAt: knownAt, comparedWith: previous, recommendations: [recommendation]).entries[0].assessment
    }

    /// The date trends are measured from by default: the last day of the quarter before `asOf`'s.
    public static func defaultComparison(for asOf: Day) -> Day {
        Quarter(containing: asOf).previous.lastDay
    }

    static func trend(from earlier: Assessment, to later: Assessment) -> Assessment.Trend {
        trend(from: StatusAt(earlier), to: later)
    }

    static func trend(from earlier: StatusAt, to later: Assessment) -> Assessment.Trend {
        let direction: TrendDirection
        if later.status != earlier.status && (later.status == .rejected || earlier.status == .rejected) {
            direction = later.status == .rejected ? .down : .up
        } else if later.progress > earlier.progress {
            direction = .up
        } else if later.progress < earlier.progress {
            direction = .down
        } else if later.status.rank != earlier.status.rank {
            direction = later.status.rank > earlier.status.rank ? .up : .down
        } else {
            direction = .same
        }
        return Assessment.Trend(direction: direction, previousProgress: earlier.progress,
                                previousResponse: earlier.response != later.response ? earlier.response : nil,
                                previousStatus: earlier.status, since: earlier.asOf)
    }

    /// The state of the evidence at one (as-of, known-at) pair, computed once per run.
    private struct Moment: Sendable {
        let evaluator: Evaluator
        let asOf: Day
        let knownAt: Day?
        let visibility: Visibility
        let series: MetricSeries

        init(evaluator: Evaluator, asOf: Day, knownAt: Day?) {
            self.evaluator = evaluator
            self.asOf = asOf
            self.knownAt = knownAt
            self.visibility = Visibility(evaluator.tracker.evidence, asOf: asOf, knownAt: knownAt, supersessions: evaluator.index.supersessions)
            self.series = visibility.series(evaluator.tracker.evidence, index: evaluator.index, metrics: evaluator.tracker.metrics, asOf: asOf)
        }

        func assess(_ recommendation: Recommendation) -> AssessedRecommendation {
            var (assessment, evidence) = assessOnEvidence(recommendation)
            assessment.replies = replies(on: recommendation, now: assessment)
            return AssessedRecommendation(recommendation: recommendation, assessment: assessment, evidence: evidence)
        }

        /// The protocol's verdict on the evidence visible at this moment, and that evidence.
        func assessOnEvidence(_ recommendation: Recommendation) -> (Assessment, [Evidence]) {
            let input = input(for: recommendation)
            let outcome = recommendation.assessmentProtocol.assess(input)
            return (AssessmentBuilder(recommendation: recommendation, input: input, outcome: outcome, knownAt: knownAt).build(), input.evidence)
        }

        /// The status alone that ``assessOnEvidence(_:)`` gives, without building its reasons.
        func status(of recommendation: Recommendation) -> StatusAt {
            let input = input(for: recommendation)
            let verdict = recommendation.assessmentProtocol.verdict(input)
            let decision = StatusDecision(verdict: verdict, input: input)
            return StatusAt(asOf: asOf, status: decision.status, progress: decision.percent, response: verdict.response)
        }

        private func input(for recommendation: Recommendation) -> AssessmentInput {
            let all = evaluator.tracker.evidence
            let positions = evaluator.index.byRecommendation[recommendation.id] ?? []
            var evidence: [Evidence] = []
            evidence.reserveCapacity(positions.count)
            for position in positions where visibility.visible[position] { evidence.append(all[position]) }
            return AssessmentInput(recommendation: recommendation, evidence: evidence, asOf: asOf, series: series,
                                   metrics: evaluator.tracker.metrics, environment: evaluator.environment)
        }

        /// The owners' latest replies, each beside the status it answered: the tracker as of the reply's day, with what
        /// had been recorded by then (and by `knownAt`). Replies are few, so each such moment is assessed when needed.
        private func replies(on recommendation: Recommendation, now: Assessment) -> [ReplyStanding]? {
            let latest = ReplyStanding.latest(evaluator.tracker.replies, on: recommendation, asOf: asOf, knownAt: knownAt)
            guard !latest.isEmpty else { return nil }
            return latest.map { reply in
                let seen = knownAt.map { min($0, reply.date) } ?? reply.date
                let then = reply.date == asOf && seen == knownAt ? StatusAt(now)
                    : Moment(evaluator: evaluator, asOf: reply.date, knownAt: seen).status(of: recommendation)
                let ownerName = evaluator.tracker.owners.owner(id: reply.owner)?.shortName(on: reply.date) ?? reply.owner
                return ReplyStanding(id: reply.id, owner: reply.owner, ownerName: ownerName, date: reply.date, channel: reply.channel,
                                     status: reply.status, agrees: reply.status == now.status, says: reply.says, cites: reply.cites,
                                     url: reply.url, lapses: reply.lapses, lapsed: reply.lapses <= asOf,
                                     statusWhenReplied: then.status, progressWhenReplied: then.progress)
            }
        }
    }
}
