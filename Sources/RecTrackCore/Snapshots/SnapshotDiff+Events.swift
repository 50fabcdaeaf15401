extension SnapshotDiff {
    /// A formal response that changed between the two sides: a revision, a first response, or one withdrawn.
    public struct ResponseChange: Codable, Sendable, Equatable {
        /// The recommendation's id.
        public var recommendation: String
        /// The response before (`none` when there was none).
        public var before: ResponseVerdict
        /// The response after.
        public var after: ResponseVerdict
        /// The evidence recording the response after, when there is one.
        public var evidence: String?
        /// True when it moved from accepting (wholly, in part or in principle) to rejecting: a trend event to explain.
        public var turnedToRejection: Bool
    }

    /// The events between two sides' assessments that are not moves of status or progress.
    struct Events {
        var responses: [ResponseChange] = []
        var pastDue: [RecommendationDeadline] = []
        var stalled: [RecommendationStall] = []

        init(from earlier: [Assessment], to later: [Assessment]) {
            let before = Dictionary(earlier.map { ($0.recommendation, $0) }, uniquingKeysWith: { a, _ in a })
            for after in later {
                guard let old = before[after.recommendation] else { continue }
                if let now = after.response, now != (old.response ?? .none) {
                    let was = old.response ?? .none
                    responses.append(ResponseChange(recommendation: after.recommendation, before: was, after: now,
                                                    evidence: after.responses?.last?.evidence,
                                                    turnedToRejection: was.accepts && now == .rejected))
                }
                let wasPastDue = Set(old.deadlines.filter { $0.standing == .pastDue }.map(\.subject))
                for deadline in after.deadlines where deadline.standing == .pastDue && !wasPastDue.contains(deadline.subject) {
                    pastDue.append(RecommendationDeadline(recommendation: after.recommendation, deadline: deadline))
                }
                if let stall = after.stalled, old.stalled == nil {
                    stalled.append(RecommendationStall(recommendation: after.recommendation, title: after.title, stall: stall))
                }
            }
        }
    }
}
