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

    /// Assesses every recommendation as of `asOf`, using only evidence recorded by `knownAt` when given,
    /// with a trend against `previous` when given.
    public func assessAll(asOf: Day, knownAt: Day? = nil, comparedWith previous: Day? = nil) -> [Assessment] {
        let recommendations = tracker.recommendations
        // Worth the threads when there are many recommendations or much evidence behind each.
        let parallel = recommendations.count >= 64 || (recommendations.count > 1 && tracker.evidence.count >= Concurrently.muchEvidence)
        let now: Snapshot, then: Snapshot?
        if let previous, parallel {
            let pair = Concurrently.both({ Snapshot(evaluator: self, asOf: asOf, knownAt: knownAt) },
                                         { Snapshot(evaluator: self, asOf: previous, knownAt: knownAt) })
            (now, then) = (pair.0, pair.1)
        } else {
            now = Snapshot(evaluator: self, asOf: asOf, knownAt: knownAt)
            then = previous.map { Snapshot(evaluator: self, asOf: $0, knownAt: knownAt) }
        }
        let work = { @Sendable (recommendation: Recommendation) -> Assessment in
            var assessment = now.assess(recommendation)
            if let then {
                assessment.trend = Evaluator.trend(from: then.assess(recommendation), to: assessment)
            }
            return assessment
        }
        return parallel ? recommendations.concurrentMap(work) : recommendations.map(work)
    }

    /// Assesses one recommendation.
    public func assess(_ recommendation: Recommendation, asOf: Day, knownAt: Day? = nil, comparedWith previous: Day? = nil) -> Assessment {
        var assessment = Snapshot(evaluator: self, asOf: asOf, knownAt: knownAt).assess(recommendation)
        if let previous {
            let earlier = Snapshot(evaluator: self, asOf: previous, knownAt: knownAt).assess(recommendation)
            assessment.trend = Evaluator.trend(from: earlier, to: assessment)
        }
        return assessment
    }

    /// The evidence bearing on a recommendation that is visible as of a date, oldest first.
    public func evidence(bearingOn recommendation: String, asOf: Day, knownAt: Day? = nil) -> [Evidence] {
        let visibility = Visibility(tracker.evidence, asOf: asOf, knownAt: knownAt, supersessions: index.supersessions)
        return (index.byRecommendation[recommendation] ?? []).filter { visibility.visible[$0] }.map { tracker.evidence[$0] }
    }

    static func trend(from earlier: Assessment, to later: Assessment) -> Assessment.Trend {
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
        return Assessment.Trend(direction: direction, since: earlier.asOf, previousStatus: earlier.status, previousProgress: earlier.progress)
    }

    /// The state of the evidence at one (as-of, known-at) pair, computed once per run.
    private struct Snapshot: Sendable {
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
            self.series = visibility.series(evaluator.tracker.evidence, index: evaluator.index)
        }

        func assess(_ recommendation: Recommendation) -> Assessment {
            let all = evaluator.tracker.evidence
            let evidence = (evaluator.index.byRecommendation[recommendation.id] ?? [])
                .filter { visibility.visible[$0] }.map { all[$0] }
            let input = AssessmentInput(recommendation: recommendation, evidence: evidence, asOf: asOf, series: series,
                                        metrics: evaluator.tracker.metrics, environment: evaluator.environment)
            let outcome = recommendation.assessmentProtocol.assess(input)
            return AssessmentBuilder(recommendation: recommendation, input: input, outcome: outcome, knownAt: knownAt).build()
        }
    }
}
