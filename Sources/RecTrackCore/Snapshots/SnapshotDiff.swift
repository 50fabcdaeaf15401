/// What changed between two moments, explained: for each recommendation whose status or
/// progress moved, the before and after and the evidence behind the move; the evidence
/// that appeared in the period; evidence edited after a snapshot cited it; and owners' replies that are new,
/// lapsed, or now agree or disagree.
///
/// `rectrack diff` and `rectrack check` both print this.
public struct SnapshotDiff: Codable, Sendable, Equatable {
    /// One side of the comparison.
    public struct Side: Codable, Sendable, Equatable {
        /// The quarter (`2026Q1`) or date as the user named it.
        public var label: String
        /// The date assessed.
        public var asOf: Day
        /// A snapshot, or the tracker assessed as of the date.
        public var source: Snapshot.Source
        /// The snapshot's path, when it is one.
        public var path: String?
    }

    /// A status and progress.
    public struct Standing: Codable, Sendable, Equatable {
        /// The status.
        public var status: Status
        /// Progress in per cent.
        public var progress: Double
    }

    /// Evidence named in an explanation: its id, date and title (nil when the file is gone).
    public struct EvidenceReference: Codable, Sendable, Equatable {
        /// The id.
        public var id: String
        /// When it happened.
        public var date: FactDate?
        /// The title.
        public var title: String?
        /// The publisher's page.
        public var url: String?
        /// Its kind.
        public var kind: EvidenceKind?
        /// The recommendations it bears on.
        public var bearsOn: [String]
        /// The metrics it reports figures for.
        public var observes: [String]
    }

    /// How one recommendation moved.
    public struct Change: Codable, Sendable, Equatable {
        /// The recommendation's id.
        public var recommendation: String
        /// Its number.
        public var number: Int
        /// Its short title.
        public var title: String
        /// Where it stood before (nil when it is new).
        public var before: Standing?
        /// Where it stands after (nil when it was removed).
        public var after: Standing?
        /// Up, down or same.
        public var direction: TrendDirection
        /// True when its status rank or its progress went down.
        public var regression: Bool
        /// Evidence the later assessment uses that the earlier did not, oldest first.
        public var because: [EvidenceReference]
        /// Evidence the earlier assessment used that the later does not (superseded, set back, removed).
        public var noLongerUsed: [EvidenceReference]
        /// Ids of evidence it used that was edited or removed since the earlier snapshot.
        public var edited: [String]
        /// True when its protocol's parameters changed between the two sides.
        public var protocolChanged: Bool
    }

    /// Evidence whose file changed after a snapshot cited it.
    public struct EditedEvidence: Codable, Sendable, Equatable {
        /// What happened to the file.
        public enum Change: String, Codable, Sendable {
            case edited, removed
        }
        /// The evidence id.
        public var id: String
        /// The file, relative to the root.
        public var path: String
        /// Edited or removed.
        public var change: Change
        /// Its title now, when the file still exists.
        public var title: String?
        /// The recommendations whose earlier assessment used it.
        public var citedBy: [String]
    }

    /// The earlier side.
    public var from: Side
    /// The later side.
    public var to: Side
    /// One per recommendation whose status or progress changed, in recommendation order.
    public var changes: [Change]
    /// Evidence dated in the period (after `from`, up to `to`), oldest first.
    public var newEvidence: [EvidenceReference]
    /// Evidence added since the earlier snapshot but dated before it (known only when `from` is a snapshot).
    public var lateEvidence: [EvidenceReference]
    /// Evidence edited or removed after the earlier snapshot cited it.
    public var editedEvidence: [EditedEvidence]
    /// False when `from` is not a snapshot, so edits could not be detected.
    public var editsChecked: Bool
    /// Formal responses that changed, in recommendation order; nil when none did.
    public var responseChanges: [ResponseChange]?
    /// Deadlines that passed unmet between the two sides; nil when none did.
    public var newlyPastDue: [RecommendationDeadline]?
    /// Recommendations that became stalled; nil when none did.
    public var newlyStalled: [RecommendationStall]?
    /// Owners' replies that are new, lapsed, or now agree or disagree with the verdict; nil when none did.
    public var replies: [ReplyChange]?

    /// The ids of recommendations that went down.
    public var regressions: [String] { changes.filter(\.regression).map(\.recommendation) }

    /// What one side holds: assessments, and for a snapshot (or the tracker as loaded now) the file
    /// and protocol fingerprints that let edits be detected.
    public struct Input: Sendable {
        /// The side's description.
        public var side: Side
        /// Its assessments.
        public var assessments: [Assessment]
        /// SHA-256 per file, when known.
        public var files: [String: String]?
        /// SHA-256 per recommendation's protocol, when known.
        public var protocols: [String: String]?
        /// The report id of the snapshot it came from, whose short ids are that report's.
        var snapshotReport: String?

        /// A side from a snapshot.
        public static func snapshot(_ snapshot: Snapshot, label: String? = nil, path: String?) -> Input {
            Input(side: Side(label: label ?? snapshot.quarter.description, asOf: snapshot.asOf, source: .snapshot, path: path),
                  assessments: snapshot.assessments, files: snapshot.provenance.files, protocols: snapshot.provenance.protocols,
                  snapshotReport: snapshot.report)
        }

        /// This side keyed as `tracker` keys its recommendations now (see ``Snapshot/keyed(for:)``).
        func keyed(for tracker: Tracker) -> Input {
            guard let report = snapshotReport else { return self }
            var copy = self
            copy.assessments = Assessment.keyed(assessments, snapshotReport: report, for: tracker)
            copy.protocols = protocols.map { Snapshot.keyed($0, snapshotReport: report, for: tracker) }
            return copy
        }

        /// A side assessed from the tracker as of a date; pass `files` (the loader's digests) and
        /// `tracker` to fingerprint it as a snapshot would be.
        public static func assessment(label: String, asOf: Day, assessments: [Assessment],
                                      files: [String: String]? = nil, tracker: Tracker? = nil) -> Input {
            Input(side: Side(label: label, asOf: asOf, source: .assessment, path: nil), assessments: assessments, files: files,
                  protocols: tracker.map { Dictionary($0.recommendations.map { ($0.id, SHA256.hex(of: $0.protocolFingerprint)) },
                                                      uniquingKeysWith: { a, _ in a }) })
        }
    }

    /// Compares `from` with `to`, naming evidence from `tracker` (the tracker as it is now).
    public init(from: Input, to: Input, tracker: Tracker) {
        let from = from.keyed(for: tracker), to = to.keyed(for: tracker)
        self.from = from.side
        self.to = to.side
        let byID = Dictionary(tracker.evidence.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let order = Dictionary(tracker.evidence.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        func reference(_ id: String) -> EvidenceReference {
            guard let item = byID[id] else { return EvidenceReference(id: id, bearsOn: [], observes: []) }
            return SnapshotDiff.reference(item)
        }
        func references(_ ids: Set<String>) -> [EvidenceReference] {
            ids.sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }.map(reference)
        }

        // Evidence edited or removed after the earlier snapshot cited it.
        var edited: [EditedEvidence] = []
        editsChecked = from.side.source == .snapshot && from.files != nil && to.files != nil
        if editsChecked, let before = from.files, let after = to.files {
            var citedBy: [String: [String]] = [:]
            for assessment in from.assessments {
                for id in assessment.evidenceUsed { citedBy[id, default: []].append(assessment.recommendation) }
            }
            for (path, hash) in before.sorted(by: { $0.key < $1.key }) where path.hasPrefix("Evidence/") {
                let id = PathParts.stem(PathParts.fileName(path))
                guard let recommendations = citedBy[id] else { continue }
                let change: EditedEvidence.Change
                if let now = after[path] {
                    guard now != hash else { continue }
                    change = .edited
                } else {
                    change = .removed
                }
                edited.append(EditedEvidence(id: id, path: path, change: change,
                                             title: change == .edited ? byID[id]?.title : nil, citedBy: recommendations))
            }
        }
        editedEvidence = edited
        let editedIDs = Set(edited.map(\.id))

        // Each recommendation whose status or progress moved.
        let earlier = Dictionary(from.assessments.map { ($0.recommendation, $0) }, uniquingKeysWith: { a, _ in a })
        let later = Set(to.assessments.map(\.recommendation))
        var changes: [Change] = []
        for after in to.assessments {
            let before = earlier[after.recommendation]
            if let before, before.status == after.status, before.progress == after.progress { continue }
            let usedBefore = before?.evidenceUsed ?? [], usedAfter = after.evidenceUsed
            let direction = before.map { Evaluator.trend(from: $0, to: after).direction } ?? .up
            let regression = before.map { after.status.rank < $0.status.rank || after.progress < $0.progress } ?? false
            let protocolChanged = from.protocols?[after.recommendation].map { hash in
                to.protocols?[after.recommendation].map { $0 != hash } ?? false
            } ?? false
            changes.append(Change(
                recommendation: after.recommendation, number: after.number, title: after.title,
                before: before.map { Standing(status: $0.status, progress: $0.progress) },
                after: Standing(status: after.status, progress: after.progress),
                direction: direction, regression: regression,
                because: references(usedAfter.subtracting(usedBefore)),
                noLongerUsed: references(usedBefore.subtracting(usedAfter)),
                edited: usedBefore.union(usedAfter).intersection(editedIDs).sorted(),
                protocolChanged: protocolChanged))
        }
        for before in from.assessments where !later.contains(before.recommendation) {
            changes.append(Change(recommendation: before.recommendation, number: before.number, title: before.title,
                                  before: Standing(status: before.status, progress: before.progress), after: nil,
                                  direction: .same, regression: false, because: [], noLongerUsed: [], edited: [],
                                  protocolChanged: false))
        }
        self.changes = changes.sorted { ($0.number, $0.recommendation) < ($1.number, $1.recommendation) }
        let replyChanges = SnapshotDiff.replyChanges(from: from.assessments, to: to.assessments)
        replies = replyChanges.isEmpty ? nil : replyChanges

        let events = Events(from: from.assessments, to: to.assessments)
        responseChanges = events.responses.isEmpty ? nil : events.responses
        newlyPastDue = events.pastDue.isEmpty ? nil : events.pastDue
        newlyStalled = events.stalled.isEmpty ? nil : events.stalled

        // Evidence of the period, and evidence recorded late.
        let known: (Evidence) -> Bool = { item in to.files.map { $0[item.path] != nil } ?? true }
        newEvidence = tracker.evidence
            .filter { from.side.asOf < $0.date.latest && $0.date.latest <= to.side.asOf && known($0) }
            .map(SnapshotDiff.reference)
        if from.side.source == .snapshot, let before = from.files {
            lateEvidence = tracker.evidence
                .filter { $0.date.latest <= from.side.asOf && before[$0.path] == nil && known($0) }
                .map(SnapshotDiff.reference)
        } else {
            lateEvidence = []
        }
    }

    static func reference(_ item: Evidence) -> EvidenceReference {
        var bearsOn: [String] = []
        for bearing in item.bearings where !bearsOn.contains(bearing.recommendation) { bearsOn.append(bearing.recommendation) }
        var observes: [String] = []
        for observation in item.observations where !observes.contains(observation.metric) { observes.append(observation.metric) }
        return EvidenceReference(id: item.id, date: item.date, title: item.title, url: item.url, kind: item.kind,
                                 bearsOn: bearsOn, observes: observes)
    }
}
