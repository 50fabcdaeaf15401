/// A loaded tracker: the report, its owners, metrics, recommendations and evidence.
public struct Tracker: Sendable {
    /// The root folder it was loaded from.
    public var root: String
    /// The report.
    public var report: Report
    /// The owners.
    public var owners: OwnerDirectory
    /// The metrics.
    public var metrics: MetricCatalog
    /// Recommendations by number.
    public var recommendations: [Recommendation]
    /// Evidence by date, then id.
    public var evidence: [Evidence]
    /// The owners' replies, by date then id.
    public var replies: [Reply]
    /// Every file read, relative to the root, in path order.
    public var files: [String]

    /// Creates a tracker; recommendations and evidence are put in their canonical order.
    public init(root: String, report: Report, owners: OwnerDirectory, metrics: MetricCatalog,
                recommendations: [Recommendation], evidence: [Evidence], replies: [Reply] = [], files: [String] = []) {
        self.root = root
        self.report = report
        self.owners = owners
        self.metrics = metrics
        self.recommendations = recommendations.sorted { ($0.number, $0.id) < ($1.number, $1.id) }
        self.evidence = EvidenceOrder.byDate(evidence)
        self.replies = replies.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        self.files = files
    }

    /// The recommendation with this id (`R6`, or `r6` when no other id differs from it only in case) or number (`6`, `R06`).
    public func recommendation(_ reference: String) -> Recommendation? {
        if let exact = recommendations.first(where: { $0.id == reference }) { return exact }
        let sameLetters = recommendations.filter { $0.id.lowercased() == reference.lowercased() }
        if sameLetters.count == 1 { return sameLetters[0] }
        let digits = reference.uppercased().hasPrefix("R") ? String(reference.dropFirst()) : reference
        guard let number = Int(digits) else { return nil }
        return recommendations.first { $0.number == number }
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
