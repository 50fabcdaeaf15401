/// How far a milestone is met.
public enum MilestoneProgress: String, Sendable, Codable, CaseIterable {
    case met
    case partlyMet = "partly-met"
    case notMet = "not-met"
}

/// A milestone's state as of the assessment date.
public struct MilestoneState: Sendable, Codable, Hashable {
    /// The milestone's id.
    public var id: String
    /// The "done when" statement.
    public var title: String
    /// Met, partly met or not met.
    public var state: MilestoneProgress
    /// Credit from 0 to 1.
    public var credit: Double
    /// Its weight in the protocol.
    public var weight: Double
    /// The evidence bearing on it, oldest first.
    public var evidence: [String]
    /// True when its credit rests only on claim-type evidence (announcements, statements, responses).
    public var claimsOnly: Bool
    /// When met, the evidence that met it.
    public var metBy: String?
    /// When met, why that evidence counts under the milestone's terms: "a legislation, not a claim; DfE and DCLG acted together".
    public var metBecause: String?
    /// Its deadline and where it stands, when it has one.
    public var deadline: DeadlineState?

    /// Creates a state.
    public init(id: String, title: String, state: MilestoneProgress, credit: Double, weight: Double, evidence: [String], claimsOnly: Bool,
                metBy: String? = nil, metBecause: String? = nil, deadline: DeadlineState? = nil) {
        self.deadline = deadline
        self.metBy = metBy
        self.metBecause = metBecause
        self.id = id
        self.title = title
        self.state = state
        self.credit = credit
        self.weight = weight
        self.evidence = evidence
        self.claimsOnly = claimsOnly
    }
}
