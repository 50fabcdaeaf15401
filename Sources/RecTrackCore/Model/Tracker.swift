/// A loaded tracker: its reports, owners, metrics, recommendations and evidence.
public struct Tracker: Sendable {
    /// The root folder it was loaded from.
    public var root: String
    /// Every report, the one in `Recommendations/report.yaml` first, then those in report folders by id.
    public private(set) var reports: [Report] {
        didSet { reportPositions = Tracker.positions(of: reports) }
    }
    /// Each report's position by its id in lower case, so a lookup per recommendation is a dictionary read.
    private var reportPositions: [String: Int]
    /// The first report: the tracker's only one, or the one whose id and title stand for the tracker as a whole.
    public var report: Report {
        get { reports[0] }
        set { reports[0] = newValue }
    }
    /// The owners.
    public var owners: OwnerDirectory
    /// The metrics.
    public var metrics: MetricCatalog
    /// Recommendations by report (in ``reports`` order), then number.
    public var recommendations: [Recommendation] {
        didSet {
            index = RecommendationIndex(recommendations)
            links = LinkGraph(self)
        }
    }
    /// Evidence by date, then id.
    public var evidence: [Evidence]
    /// The owners' replies, by date then id.
    public var replies: [Reply]
    /// Every file read, relative to the root, in path order.
    public var files: [String]

    /// Finds recommendations by the ids people write.
    public private(set) var index: RecommendationIndex

    /// Every recommendation's lineage, built once from the links; one report of a tracker keeps the whole tracker's
    /// (``restricted(toReport:)``), so a link to another report's recommendation still shows.
    public private(set) var links: LinkGraph

    /// Creates a tracker; recommendations and evidence are put in their canonical order. `otherReports` follow
    /// `report`; a recommendation's ``Recommendation/report`` names one of them.
    public init(root: String, report: Report, otherReports: [Report] = [], owners: OwnerDirectory, metrics: MetricCatalog,
                recommendations: [Recommendation], evidence: [Evidence], replies: [Reply] = [], files: [String] = []) {
        self.root = root
        self.reports = [report] + otherReports
        self.reportPositions = Tracker.positions(of: [report] + otherReports)
        self.keysAreQualified = !otherReports.isEmpty
        self.owners = owners
        self.metrics = metrics
        let sorted = Tracker.ordered(recommendations, reports: [report] + otherReports)
        self.recommendations = sorted
        self.index = RecommendationIndex(sorted)
        self.evidence = EvidenceOrder.byDate(evidence)
        self.replies = replies.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        self.files = files
        self.links = LinkGraph.empty
        self.links = LinkGraph(self)
    }

    /// `recommendations` in the tracker's order: by report, in the order of `reports`, then by number.
    static func ordered(_ recommendations: [Recommendation], reports: [Report]) -> [Recommendation] {
        let order = Dictionary(reports.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return recommendations.sorted { (order[$0.report] ?? 0, $0.number, $0.id) < (order[$1.report] ?? 0, $1.number, $1.id) }
    }

    /// True when the tracker holds more than one report.
    public var hasSeveralReports: Bool { reports.count > 1 }

    /// True when recommendations are keyed by qualified ids: the tracker holds several reports, or is one report of
    /// such a tracker (``restricted(toReport:)``), whose keys stay as they are in the whole tracker.
    public private(set) var keysAreQualified: Bool

    /// True for one report of a tracker that holds several, as ``restricted(toReport:)`` makes it.
    public var isRestricted: Bool { keysAreQualified && reports.count == 1 }

    /// The tracker seen through one report: only it and its recommendations, keyed as in the whole tracker; evidence,
    /// owners and replies stay (they may bear on several reports), and so does every lineage (``links``): a call
    /// across reports is still a call. Nil when it has no such report.
    public func restricted(toReport id: String) -> Tracker? {
        guard let report = report(id: id) else { return nil }
        var copy = self
        copy.reports = [report]
        copy.recommendations = recommendations.filter { $0.report == report.id }
        copy.links = links
        return copy
    }

    /// The recommendation with this id (`R6`, or `r6` when no other id differs from it only in case), qualified id
    /// (`no-good-options:R6`) or number (`6`, `R06`); nil when nothing or several reports' recommendations match
    /// (``lookUp(_:)`` says which).
    public func recommendation(_ reference: String) -> Recommendation? {
        if case .found(let position) = index.lookUp(reference) { return recommendations[position] }
        return nil
    }

    /// What a reference typed by a person names, as ``recommendation(_:)`` reads it.
    public func lookUp(_ reference: String) -> RecommendationIndex.Lookup { index.lookUp(reference) }

    /// The report with this id, in any case.
    public func report(id: String) -> Report? {
        reportPositions[id.lowercased()].map { reports[$0] }
    }

    private static func positions(of reports: [Report]) -> [String: Int] {
        Dictionary(reports.enumerated().map { ($1.id.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The evidence with this id.
    public func evidence(id: String) -> Evidence? { evidence.first { $0.id == id } }
}

/// A file the tracker was loaded from.
public struct SourceFile: Sendable, Hashable {
    /// The path relative to the root.
    public var path: String
    /// The bytes.
    public var bytes: [UInt8]

    /// Creates a file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
