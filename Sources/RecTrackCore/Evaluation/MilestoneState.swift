/// How far a milestone is met.
public enum MilestoneProgress: String, Sendable, Codable, CaseIterable {
    case met
    case partlyMet = "partly-met"
    case notMet = "not-met"
}

/// A milestone's state as of the assessment date.
public struct MilestoneState: Sendable, Codable, Hashable {
    // Stored properties in the order of their JSON keys' bytes: the JSON writer writes each member as it comes, with
    // nothing to move (checked by SortedJSONWriterTests).
    /// True when its credit rests only on claim-type evidence (announcements, statements, responses).
    public var claimsOnly: Bool
    /// Credit from 0 to 1.
    public var credit: Double
    /// Its deadline and where it stands, when it has one.
    public var deadline: DeadlineState?
    /// The evidence bearing on it, oldest first.
    public var evidence: [String]
    /// The milestone's id.
    public var id: String
    /// When met, why the evidence that met it (``metBy``) counts under the milestone's terms: "a legislation, not a
    /// claim; DfE and DCLG acted together".
    public var metBecause: String?
    /// When met, the evidence that met it.
    public var metBy: String?
    /// Met, partly met or not met.
    public var state: MilestoneProgress
    /// The "done when" statement.
    public var title: String
    /// Its weight in the protocol.
    public var weight: Double

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
