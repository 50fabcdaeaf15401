/// What kind of fact a piece of evidence records.
public enum EvidenceKind: String, Sendable, Codable, CaseIterable, Comparable {
    case announcement
    case consultation
    case consultationResponse = "consultation-response"
    case debate
    case funding
    case guidance
    case inspection
    case legislation
    case programme
    case report
    case response
    case review
    case statement
    case statistics

    /// Kinds that only say something was done; they never meet a milestone by themselves.
    public var isClaimOnly: Bool { self == .announcement || self == .statement || self == .response }

    /// Kinds whose files may carry `observations`.
    public var mayObserve: Bool { self == .statistics || self == .report }

    public static func < (lhs: EvidenceKind, rhs: EvidenceKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How a piece of evidence moves a recommendation.
public enum Effect: String, Sendable, Codable, CaseIterable {
    case progresses
    case achieves
    case setsBack = "sets-back"
    case rejects
    case context
}

/// The government's formal response to a recommendation.
public enum ResponseVerdict: String, Sendable, Codable, CaseIterable {
    case accepted
    case acceptedInPart = "accepted-in-part"
    case noted
    case rejected
    /// No formal response has been found: itself an answer.
    case none
}

/// Whether the secretariat could verify a fact fully.
public enum Confidence: String, Sendable, Codable, CaseIterable {
    case verified
    case partly
}

/// One `bears-on` entry: evidence moving one recommendation.
public struct Bearing: Sendable, Hashable {
    /// The recommendation's id.
    public var recommendation: String
    /// A milestone of that recommendation's protocol, when it moves one.
    public var milestone: String?
    /// The effect.
    public var effect: Effect
    /// The verdict, for evidence of kind `response`.
    public var response: ResponseVerdict?
    /// One sentence on why.
    public var note: String?
    /// Where the entry is, for messages.
    public var location: SourceLocation

    /// Creates a bearing.
    public init(recommendation: String, milestone: String? = nil, effect: Effect, response: ResponseVerdict? = nil,
                note: String? = nil, location: SourceLocation = .start) {
        self.recommendation = recommendation
        self.milestone = milestone
        self.effect = effect
        self.response = response
        self.note = note
        self.location = location
    }
}

/// One figure that a statistics release reports.
public struct Observation: Sendable, Hashable {
    /// The metric's id.
    public var metric: String
    /// The date the figure refers to.
    public var period: Day
    /// The figure.
    public var value: Double
    /// A note such as "revised from 82,170".
    public var note: String?
    /// Where it is, for messages.
    public var location: SourceLocation

    /// Creates an observation.
    public init(metric: String, period: Day, value: Double, note: String? = nil, location: SourceLocation = .start) {
        self.metric = metric
        self.period = period
        self.value = value
        self.note = note
        self.location = location
    }
}

/// One dated fact with a public source (`Evidence/YYYY/YYYY-MM-DD-slug.yaml`).
public struct Evidence: Sendable {
    /// Equals the file's stem.
    public var id: String
    /// When it happened.
    public var date: FactDate
    /// The publication's or event's title.
    public var title: String
    /// Who published it.
    public var publisher: String
    /// The original publisher's page.
    public var url: String?
    /// What kind of fact it is.
    public var kind: EvidenceKind
    /// Owner ids it concerns (resolved from the names written).
    public var owners: [String]
    /// The secretariat's summary.
    public var summary: String
    /// What it bears on.
    public var bearings: [Bearing]
    /// Figures it reports.
    public var observations: [Observation]
    /// Evidence this replaces.
    public var supersedes: [String]
    /// A coming date it declares.
    public var due: Day?
    /// How sure the secretariat is.
    public var confidence: Confidence
    /// When the secretariat recorded it.
    public var recorded: Day
    /// The file, relative to the root.
    public var path: String
    /// Where each top-level key is in the file, for messages about cross-file problems.
    public var keyLocations: [String: SourceLocation] = [:]

    /// Creates evidence.
    public init(id: String, date: FactDate, title: String, publisher: String, url: String? = nil, kind: EvidenceKind,
                owners: [String] = [], summary: String, bearings: [Bearing] = [], observations: [Observation] = [],
                supersedes: [String] = [], due: Day? = nil, confidence: Confidence = .verified, recorded: Day, path: String) {
        self.id = id
        self.date = date
        self.title = title
        self.publisher = publisher
        self.url = url
        self.kind = kind
        self.owners = owners
        self.summary = summary
        self.bearings = bearings
        self.observations = observations
        self.supersedes = supersedes
        self.due = due
        self.confidence = confidence
        self.recorded = recorded
        self.path = path
    }

    /// The bearings on one recommendation.
    public func bearings(on recommendation: String) -> [Bearing] {
        bearings.filter { $0.recommendation == recommendation }
    }
}
