extension Worklist {
    /// A recommendation whose standing formal response accepted it (or accepted it in principle), and which a call
    /// made after that response repeats: a question for the secretariat, whether it was promised and not done.
    public struct RepeatedAfterAcceptance: Codable, Sendable, Equatable {
        /// The recommendation's id.
        public var recommendation: String
        /// Its short title.
        public var title: String
        /// The standing response that accepted it.
        public var response: ResponseRecord
        /// The later call that repeats it.
        public var repeatedBy: LaterCall
    }

    /// A call that repeats a recommendation, as its link gives it.
    public struct LaterCall: Codable, Sendable, Equatable {
        /// When it was made.
        public var date: FactDate
        /// Its title (a recommendation's short title, for one of this tracker).
        public var title: String
        /// Who made it; nil for a recommendation of this tracker.
        public var publisher: String?
        /// The recommendation's id, for one of this tracker.
        public var recommendation: String?
        /// Where it can be read.
        public var url: String?
    }

    /// Every later call, visible by `asOf`, that repeats a recommendation after its standing response accepted it.
    static func repeatedAfterAcceptance(tracker: Tracker, assessments: [Assessment], asOf: Day) -> [RepeatedAfterAcceptance] {
        assessments.flatMap { a -> [RepeatedAfterAcceptance] in
            // Accepted in part is left out: a later call may repeat the part that was not accepted.
            guard let standing = a.responses?.last, standing.verdict == .accepted || standing.verdict == .acceptedInPrinciple,
                  let recommendation = tracker.recommendation(a.recommendation) else { return [] }
            return Lineage(of: recommendation, in: tracker).repeatedBy
                .filter { $0.date.latest > standing.date.latest && $0.date.latest <= asOf }
                .map { entry in
                    let call = LaterCall(date: entry.date, title: entry.call.title, publisher: entry.call.outside?.publisher,
                                         recommendation: entry.call.recommendationID, url: entry.call.outside?.url)
                    return RepeatedAfterAcceptance(recommendation: a.recommendation, title: a.title, response: standing, repeatedBy: call)
                }
        }
    }
}
