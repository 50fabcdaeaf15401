/// One recommendation of a report, with how it is assessed (`Recommendations/R06.yaml`).
///
/// A value, stored in one shared box that is copied only when a copy is changed, as ``Evidence`` is: recommendations
/// are passed around by the thousand (indexes, checks, every assessment's input), and a copy must cost one reference
/// count, not one for each of its strings, lists and its protocol. Its facts are those of ``Record``, read and written
/// as its own properties (`recommendation.title`).
@dynamicMemberLookup
public struct Recommendation: Sendable {
    /// The facts of one recommendation record.
    public struct Record: Sendable {
        /// The key every output, snapshot and evidence bearing uses: the short id (`R6`) when the tracker has one
        /// report, the qualified id (`no-good-options:R6`) when it has several.
        public var id: String
        /// `R` and the number as the record writes it, e.g. `R6`: unique within its report only.
        public var shortID: String
        /// The id of the report it comes from.
        public var report: String
        /// The report's number.
        public var number: Int
        /// A short title.
        public var title: String
        /// The report's exact words.
        public var text: String
        /// The report's section heading it sits under.
        public var theme: String
        /// Owner ids, lead first.
        public var owners: [String]
        /// Newest evidence older than this makes the assessment stale.
        public var staleAfter: TimeSpan
        /// When evidence keeps arriving but none has moved it for this long, it is stalled (a flag beside the status).
        public var stallAfter: TimeSpan
        /// How it is assessed.
        public var assessmentProtocol: any AssessmentProtocol
        /// The file it came from, relative to the root.
        public var path: String
        /// Its links to other calls for the same thing, as written (`links:`); context beside the verdict, never
        /// changing it.
        public var links: [RecommendationLink]
        /// The fingerprint given when it was made, if one was (see ``Recommendation/protocolFingerprint``).
        var fingerprintGiven: String?
        /// The `protocol:` mapping as read, for ``Recommendation/protocolFingerprint``.
        var protocolNode: YAMLNode?
    }

    @usableFromInline var shared: SharedRecord<Record>

    /// One of the record's facts; setting it copies the shared box first when another copy holds it.
    ///
    /// `recommendation.id` costs what a stored property does. A key path value (`map(\.id)`) is followed at run time
    /// instead: over thousands of recommendations, read in a closure.
    // Inlinable so that a literal key path folds into a plain load in every module.
    @inlinable
    public subscript<Value>(dynamicMember field: WritableKeyPath<Record, Value>) -> Value {
        get { shared[field] }
        set { shared[field] = newValue }
    }

    /// The canonical text of the `protocol:` mapping (``YAMLNode/canonicalText``), so a snapshot can
    /// record a hash of the parameters the assessment was made with. Made from the mapping when read: only the
    /// commands that compare with snapshots read it, and making it for every record cost `validate` a fiftieth.
    public var protocolFingerprint: String {
        get { shared.record.fingerprintGiven ?? shared.record.protocolNode?.canonicalText ?? "" }
        set { self.fingerprintGiven = newValue }
    }

    /// Creates a recommendation.
    public init(id: String, number: Int, title: String, text: String, theme: String, owners: [String],
                staleAfter: TimeSpan = TimeSpan(12, .months), stallAfter: TimeSpan = TimeSpan(18, .months),
                assessmentProtocol: any AssessmentProtocol, path: String, protocolFingerprint: String = "",
                links: [RecommendationLink] = [], report: String = "") {
        shared = SharedRecord(Record(id: id, shortID: id, report: report, number: number, title: title, text: text, theme: theme,
                                 owners: owners, staleAfter: staleAfter, stallAfter: stallAfter, assessmentProtocol: assessmentProtocol,
                                 path: path, links: links, fingerprintGiven: protocolFingerprint.isEmpty ? nil : protocolFingerprint))
    }

    /// True when ``id`` names the report too, as it does in a tracker with several reports.
    public var isQualified: Bool { self.id != self.shortID }

    /// `no-good-options:R6`, whether or not the tracker needs it.
    public var qualifiedID: String { RecommendationIndex.qualified(report: self.report, id: self.shortID) }

    /// This recommendation keyed by its qualified id, as it is in a tracker with several reports.
    func qualifiedByReport() -> Recommendation {
        var copy = self
        copy.id = qualifiedID
        return copy
    }

    /// Every milestone the protocol declares, in order.
    public var milestones: [Milestone] { self.assessmentProtocol.milestones }

    /// The deadline a milestone is held to: its `due` date, or else the report's own date in the test's words (`by`).
    public static func deadline(of milestone: Milestone) -> Deadline? {
        milestone.due ?? milestone.by.map { Deadline(date: FactDate($0), origin: TargetOrigin(setBy: .report)) }
    }
}

/// A "done when" statement of a `milestones` protocol.
public struct Milestone: Sendable, Codable, Hashable {
    /// A kebab-case id, unique within the recommendation.
    public var id: String
    /// The statement an MP reads: what must be true for it to be met.
    public var title: String
    /// Its share of the protocol's progress.
    public var weight: Double
    /// When set, only evidence of these kinds can fully meet it.
    public var achievedBy: [EvidenceKind]?
    /// When set, the owners (ids) who must all have acted: only evidence naming every one of them can fully meet it.
    public var actedBy: [String]?
    /// When set, the date the test's own words give ("by April 2027"): evidence dated after it cannot meet it.
    public var by: Day?
    /// When set, the date it is due by and who set it (the report, or a government commitment); met late still counts.
    public var due: Deadline?
    /// Where `due` names its evidence, for messages.
    public var dueLocation: SourceLocation?

    /// Creates a milestone.
    public init(id: String, title: String, weight: Double = 1, achievedBy: [EvidenceKind]? = nil, actedBy: [String]? = nil, by: Day? = nil,
                due: Deadline? = nil, dueLocation: SourceLocation? = nil) {
        self.by = by
        self.due = due
        self.dueLocation = dueLocation
        self.id = id
        self.title = title
        self.weight = weight
        self.achievedBy = achievedBy
        self.actedBy = actedBy
    }
}
