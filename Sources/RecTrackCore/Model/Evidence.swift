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
    /// Accepted as an aim, without a commitment to do it: not the same as accepted.
    case acceptedInPrinciple = "accepted-in-principle"
    case acceptedInPart = "accepted-in-part"
    case noted
    case rejected
    /// No formal response has been found: itself an answer.
    case none

    /// In words: "accepted in principle"; `none` is "no response identified".
    public var words: String { self == .none ? "no response identified" : rawValue.replacing("-", with: " ") }

    /// True for the verdicts that accept the recommendation, wholly, in part or in principle.
    public var accepts: Bool { self == .accepted || self == .acceptedInPart || self == .acceptedInPrinciple }
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
    /// The series or method it belongs to, when it is not the metric's one series: "Pro Bono Economics 2025 analysis".
    public var series: String?
    /// Where it is, for messages.
    public var location: SourceLocation

    /// Creates an observation.
    public init(metric: String, period: Day, value: Double, note: String? = nil, series: String? = nil, location: SourceLocation = .start) {
        self.series = series
        self.metric = metric
        self.period = period
        self.value = value
        self.note = note
        self.location = location
    }
}

/// One dated fact with a public source (`Evidence/YYYY/YYYY-MM-DD-slug.yaml`).
///
/// A value, stored in one shared box that is copied only when a copy is changed: evidence is
/// passed around and filtered by the ten thousand, and a copy must cost one reference count,
/// not one for each of its strings and arrays.
public struct Evidence: Sendable {
    private final class Storage: @unchecked Sendable {
        // Only ever mutated through `fields` after `isKnownUniquelyReferenced`, so sharing it is safe.
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private struct Fields {
        var id: String
        var date: FactDate
        var title: String
        var publisher: String
        var url: String?
        var reportedBy: String?
        var kind: EvidenceKind
        var owners: [String]
        var summary: String
        var bearings: [Bearing]
        var observations: [Observation]
        var supersedes: [String]
        var due: FactDate?
        var confidence: Confidence
        var recorded: Day
        var workingNotes: String?
        var path: String
        var keyLocations: KeyLocations
    }

    private var storage: Storage

    private var fields: Fields {
        get { storage.fields }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            yield &storage.fields
        }
    }

    /// Equals the file's stem.
    public var id: String {
        get { storage.fields.id }
        set { fields.id = newValue }
    }
    /// When it happened.
    public var date: FactDate {
        get { storage.fields.date }
        set { fields.date = newValue }
    }
    /// The publication's or event's title.
    public var title: String {
        get { storage.fields.title }
        set { fields.title = newValue }
    }
    /// Who published it.
    public var publisher: String {
        get { storage.fields.publisher }
        set { fields.publisher = newValue }
    }
    /// The original publisher's page.
    public var url: String? {
        get { storage.fields.url }
        set { fields.url = newValue }
    }
    /// What kind of fact it is.
    public var kind: EvidenceKind {
        get { storage.fields.kind }
        set { fields.kind = newValue }
    }
    /// Owner ids it concerns (resolved from the names written).
    public var owners: [String] {
        get { storage.fields.owners }
        set { fields.owners = newValue }
    }
    /// The secretariat's summary.
    public var summary: String {
        get { storage.fields.summary }
        set { fields.summary = newValue }
    }
    /// What it bears on.
    public var bearings: [Bearing] {
        get { storage.fields.bearings }
        set { fields.bearings = newValue }
    }
    /// Figures it reports.
    public var observations: [Observation] {
        get { storage.fields.observations }
        set { fields.observations = newValue }
    }
    /// Evidence this replaces.
    public var supersedes: [String] {
        get { storage.fields.supersedes }
        set { fields.supersedes = newValue }
    }
    /// A coming date it declares.
    public var due: FactDate? {
        get { storage.fields.due }
        set { fields.due = newValue }
    }
    /// How sure the secretariat is.
    public var confidence: Confidence {
        get { storage.fields.confidence }
        set { fields.confidence = newValue }
    }
    /// When the secretariat recorded it.
    public var recorded: Day {
        get { storage.fields.recorded }
        set { fields.recorded = newValue }
    }
    /// Whose page `url` is, when it is not the publisher's own: "Community Care". Pages then say "as reported by …".
    public var reportedBy: String? {
        get { storage.fields.reportedBy }
        set { fields.reportedBy = newValue }
    }
    /// The publisher as pages name it, with whose page the address is when it is not the publisher's own:
    /// "Department for Education, as reported by Community Care".
    public var attribution: String { publisher + (reportedBy.map { ", as reported by \($0)" } ?? "") }
    /// The secretariat's own working notes on this evidence: never published, so no page, brief or table shows them.
    public var workingNotes: String? {
        get { storage.fields.workingNotes }
        set { fields.workingNotes = newValue }
    }
    /// The file, relative to the root.
    public var path: String {
        get { storage.fields.path }
        set { fields.path = newValue }
    }
    /// Where each top-level key is in the file, for messages about cross-file problems.
    public var keyLocations: KeyLocations {
        get { storage.fields.keyLocations }
        set { fields.keyLocations = newValue }
    }

    /// Creates evidence.
    public init(id: String, date: FactDate, title: String, publisher: String, url: String? = nil, reportedBy: String? = nil, kind: EvidenceKind,
                owners: [String] = [], summary: String, bearings: [Bearing] = [], observations: [Observation] = [],
                supersedes: [String] = [], due: FactDate? = nil, confidence: Confidence = .verified, recorded: Day,
                workingNotes: String? = nil, path: String, keyLocations: KeyLocations = KeyLocations()) {
        storage = Storage(Fields(id: id, date: date, title: title, publisher: publisher, url: url, reportedBy: reportedBy, kind: kind, owners: owners,
                                 summary: summary, bearings: bearings, observations: observations, supersedes: supersedes,
                                 due: due, confidence: confidence, recorded: recorded, workingNotes: workingNotes, path: path,
                                 keyLocations: keyLocations))
    }

    /// The bearings on one recommendation.
    public func bearings(on recommendation: String) -> [Bearing] {
        bearings.filter { $0.recommendation == recommendation }
    }
}

/// Where each top-level key of a file is: a few keys, looked up by name now and then.
public struct KeyLocations: Sendable {
    private(set) var entries: [(key: String, location: SourceLocation)]

    /// Records the keys in the order they were written; the first of a repeated key wins.
    public init(_ entries: [(key: String, location: SourceLocation)] = []) {
        self.entries = entries
    }

    /// Where `key` is, when the file has it.
    public subscript(key: String) -> SourceLocation? {
        entries.first { $0.key == key }?.location
    }
}
