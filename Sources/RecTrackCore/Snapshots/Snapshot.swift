#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The assessments of every recommendation as published for one quarter, with what they were made from
/// (`Snapshots/2026Q4.json`): the record of what MPs were told.
///
/// The JSON is the same byte for byte whenever the same files are assessed: keys are
/// sorted and nothing records the time of the run (see ``encoded()``).
public struct Snapshot: Codable, Sendable, Equatable {
    /// The newest version of this file's layout; a reader refuses layouts it does not know. Version 2 adds the
    /// report ids of a tracker with several reports; a one-report tracker still writes version 1 (``schemaVersion(for:)``).
    public static let currentSchemaVersion = 2

    /// Where a comparison's earlier side came from.
    public enum Source: String, Codable, Sendable, CaseIterable {
        /// A snapshot written by an earlier check.
        case snapshot
        /// The tracker assessed as of the earlier date, because no snapshot existed.
        case assessment
    }

    /// What the trends in this snapshot are measured against.
    public struct Comparison: Codable, Sendable, Equatable {
        /// The earlier quarter.
        public var quarter: Quarter
        /// A snapshot, or an as-of assessment when the quarter had none.
        public var source: Source
        /// The SHA-256 of the earlier snapshot's file, when it was a snapshot.
        public var sha256: String?

        /// Creates a comparison.
        public init(quarter: Quarter, source: Source, sha256: String? = nil) {
            self.quarter = quarter
            self.source = source
            self.sha256 = sha256
        }
    }

    /// What the assessments were made from.
    public struct Provenance: Codable, Sendable, Equatable {
        /// The commit checked out, when the tracker is in a git work tree.
        public var gitCommit: String?
        /// The SHA-256 of every recommendation, evidence and reply file read, by path relative to the root.
        public var files: [String: String]
        /// The SHA-256 of each recommendation's protocol parameters (their canonical text), by recommendation id.
        public var protocols: [String: String]
    }

    /// Why an earlier snapshot of the same quarter was replaced, and which one it was.
    public struct Replacement: Codable, Sendable, Equatable {
        /// The reason given with `--replace --reason`.
        public var reason: String
        /// The SHA-256 of the replaced file.
        public var previousHash: String
    }

    /// The layout version, ``currentSchemaVersion`` when written.
    public var schemaVersion: Int
    /// The report's id: the first report's, when the tracker has several.
    public var report: String
    /// Every report's id, in the tracker's order, when it has several; nil for a one-report tracker.
    public var reports: [String]?
    /// The quarter.
    public var quarter: Quarter
    /// The date assessed: the quarter's last day.
    public var asOf: Day
    /// The tool and version that made it, e.g. `rectrack 0.1.0`.
    public var tool: String
    /// What the trends are measured against.
    public var comparedWith: Comparison?
    /// What the assessments were made from.
    public var provenance: Provenance
    /// One per recommendation, in order.
    public var assessments: [Assessment]
    /// Set when this snapshot replaced an earlier one of the same quarter.
    public var replaced: Replacement?

    /// Creates a snapshot of `assessments`, fingerprinting the tracker's files (from `digests`,
    /// the SHA-256 of each file as the loader read it) and each recommendation's protocol.
    public init(quarter: Quarter, tracker: Tracker, assessments: [Assessment], digests: [String: String],
                gitCommit: String?, comparedWith: Comparison?) {
        schemaVersion = Snapshot.schemaVersion(for: tracker)
        report = tracker.report.id
        reports = tracker.keysAreQualified ? tracker.reports.map(\.id) : nil
        self.quarter = quarter
        asOf = quarter.lastDay
        tool = "rectrack \(RecTrackVersion.current)"
        self.comparedWith = comparedWith
        let files = Dictionary(tracker.files.compactMap { path in digests[path].map { (path, $0) } }, uniquingKeysWith: { a, _ in a })
        let protocols = Dictionary(tracker.recommendations.map { ($0.id, SHA256.hex(of: $0.protocolFingerprint)) },
                                   uniquingKeysWith: { a, _ in a })
        provenance = Provenance(gitCommit: gitCommit, files: files, protocols: protocols)
        self.assessments = assessments
        replaced = nil
    }

    /// The JSON text as UTF-8 with a final newline: sorted keys, two-space indentation, so a
    /// rerun over the same files gives the same bytes (the same settings as `JSONOutput`).
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every field is a string, number, bool, array or object: encoding cannot fail.
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return Array(data) + [0x0A]
    }

    /// Reads a snapshot's JSON and checks that every value is one an assessment can have; the error says what is
    /// wrong in words, with its code. With `quarter` (the quarter the file's name gives), the quarter inside must be it.
    public static func decode(_ bytes: [UInt8], expecting quarter: Quarter? = nil) throws(SnapshotFormatError) -> Snapshot {
        struct Header: Decodable { var schemaVersion: Int? }
        guard let header = try? JSONDecoder().decode(Header.self, from: Data(bytes)) else {
            throw SnapshotFormatError("it is not JSON, or it is cut short", code: .snapshotNotJSON)
        }
        guard let version = header.schemaVersion else {
            throw SnapshotFormatError("it has no schemaVersion, so it is not a rectrack snapshot", code: .snapshotSchemaVersion)
        }
        guard (1...currentSchemaVersion).contains(version) else {
            throw SnapshotFormatError("it has schemaVersion \(version); this rectrack reads versions 1 to \(currentSchemaVersion): use the rectrack that wrote it",
                                      code: .snapshotSchemaVersion, at: [.key("schemaVersion")]).located(in: bytes)
        }
        do {
            try SnapshotStatuses.check(bytes)
            let snapshot: Snapshot
            do {
                snapshot = try JSONDecoder().decode(Snapshot.self, from: Data(bytes))
            } catch let error as DecodingError {
                throw describe(error)
            } catch {
                throw SnapshotFormatError("it cannot be read: \(error)", code: .snapshotNotJSON)
            }
            if let quarter { try snapshot.checkQuarter(quarter) }
            try snapshot.checkValues()
            try snapshot.checkRecommendationsOnce()
            try snapshot.checkEveryRecordAssessed()
            return snapshot
        } catch let error as SnapshotFormatError {
            throw error.located(in: bytes)
        } catch {
            throw SnapshotFormatError("it cannot be read: \(error)", code: .snapshotNotJSON)
        }
    }

    /// True when `other` records the same assessments from the same files and parameters:
    /// only the git commit and a replacement note may differ.
    public func reproduces(_ other: Snapshot) -> Bool {
        var a = self, b = other
        a.provenance.gitCommit = nil; b.provenance.gitCommit = nil
        a.replaced = nil; b.replaced = nil
        return a == b
    }

    /// What differs from an earlier snapshot of the same quarter, in a few words for a message.
    public func differences(from earlier: Snapshot) -> String {
        var parts: [String] = []
        // Keyed as this snapshot keys them: a snapshot from before a second report was added has short ids (R1) where
        // this one has qualified ones (no-good-options:R1), and the same recommendation must not read as moved.
        let before = Dictionary(earlier.assessments.map { (key($0.recommendation, report: $0.reportID, recordedIn: earlier), $0) },
                                uniquingKeysWith: { a, _ in a })
        let moved = assessments.filter { a in
            before[a.recommendation].map { $0.status != a.status || $0.progress != a.progress } ?? true
        }.map(\.recommendation)
        if !moved.isEmpty { parts.append("status or progress differs for \(moved.joined(separator: ", "))") }
        let changedFiles = Set(provenance.files.keys).union(earlier.provenance.files.keys)
            .filter { provenance.files[$0] != earlier.provenance.files[$0] }
        if !changedFiles.isEmpty { parts.append("\(changedFiles.count) \(changedFiles.count == 1 ? "file has" : "files have") changed") }
        let earlierProtocols = Dictionary(earlier.provenance.protocols.map { (key($0.key, report: nil, recordedIn: earlier), $0.value) },
                                          uniquingKeysWith: { a, _ in a })
        if provenance.protocols != earlierProtocols { parts.append("protocol parameters have changed") }
        if tool != earlier.tool { parts.append("it was written by \(earlier.tool)") }
        if parts.isEmpty { parts.append("the assessments' details differ") }
        return parts.joined(separator: "; ")
    }

    /// The key a recommendation `recorded` (of `report`, when the snapshot says) in `snapshot` has in this snapshot's
    /// layout: qualified by its report when this snapshot is of several reports, short when it is of one and the
    /// recommendation is of its report.
    private func key(_ recorded: String, report recordedReport: String?, recordedIn snapshot: Snapshot) -> String {
        let parts = RecommendationIndex.parts(ofKey: recorded)
        let owner = recordedReport ?? parts.report ?? snapshot.report
        if reports != nil { return RecommendationIndex.qualified(report: owner, id: parts.id) }
        return owner == report ? parts.id : recorded
    }

    private static func describe(_ error: DecodingError) -> SnapshotFormatError {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return keys.isEmpty ? "the top level" : String(keys.drop { $0 == "." })
        }
        func steps(_ context: DecodingError.Context) -> [JSONLocator.Step] {
            context.codingPath.map { $0.intValue.map(JSONLocator.Step.index) ?? .key($0.stringValue) }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return SnapshotFormatError("'\(key.stringValue)' is missing at \(path(context))", code: .snapshotNotJSON, at: steps(context))
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return SnapshotFormatError("\(path(context)): \(context.debugDescription)", code: .snapshotNotJSON, at: steps(context))
        @unknown default: return SnapshotFormatError("it cannot be read", code: .snapshotNotJSON)
        }
    }
}

/// Why a snapshot file could not be read.
public struct SnapshotFormatError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    public let message: String
    /// The kind of problem (RT05xx).
    public let code: DiagnosticCode
    /// Where in the file the value at fault is, when one is.
    public private(set) var location: SourceLocation?
    /// The value's path of keys and indices, from which ``location`` is found in the file's text.
    let path: [JSONLocator.Step]?

    init(_ message: String, code: DiagnosticCode, at path: [JSONLocator.Step]? = nil) {
        self.message = message
        self.code = code
        self.path = path
    }

    /// This error with the line and column of its value in `bytes`.
    func located(in bytes: [UInt8]) -> SnapshotFormatError {
        var copy = self
        copy.location = path.flatMap { JSONLocator.location(of: $0, in: bytes) }
        return copy
    }

    public var description: String { message }
}
