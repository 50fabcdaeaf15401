extension SnapshotDiff {
    /// How an owner's reply changed between the two sides: what the quarterly check explains beside the verdicts.
    public struct ReplyChange: Codable, Sendable, Equatable {
        /// What happened.
        public enum Kind: String, Codable, Sendable, CaseIterable {
            /// A reply stands that did not stand before.
            case new
            /// A reply that stood before has lapsed (or is gone).
            case lapsed
            /// The same reply stands, and the owner's status is no longer the tracker's.
            case nowDisagrees = "now-disagrees"
            /// The same reply stands, and the tracker's status now is the owner's.
            case nowAgrees = "now-agrees"
        }

        /// The recommendation's id.
        public var recommendation: String
        /// What happened.
        public var kind: Kind
        /// The reply: as it stands after, or as it stood before when it lapsed.
        public var reply: ReplyStanding
    }

    /// The reply changes between the assessments of two sides, in recommendation order, then owner order.
    static func replyChanges(from before: [Assessment], to after: [Assessment]) -> [ReplyChange] {
        let earlier = Dictionary(before.map { ($0.recommendation, $0.standingReplies) }, uniquingKeysWith: { a, _ in a })
        var changes: [ReplyChange] = []
        for assessment in after {
            let was = earlier[assessment.recommendation] ?? [], now = assessment.standingReplies
            for reply in now {
                guard let old = was.first(where: { $0.owner == reply.owner }), old.id == reply.id else {
                    changes.append(ReplyChange(recommendation: assessment.recommendation, kind: .new, reply: reply))
                    continue
                }
                if old.agrees != reply.agrees {
                    changes.append(ReplyChange(recommendation: assessment.recommendation, kind: reply.agrees ? .nowAgrees : .nowDisagrees, reply: reply))
                }
            }
            for old in was where !now.contains(where: { $0.owner == old.owner }) {
                let lapsed = (assessment.replies ?? []).first { $0.id == old.id } ?? old
                changes.append(ReplyChange(recommendation: assessment.recommendation, kind: .lapsed, reply: lapsed))
            }
        }
        return changes
    }
}
