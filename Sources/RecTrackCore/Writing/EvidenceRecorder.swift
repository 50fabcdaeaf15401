/// Records new evidence: names its file, checks it against the whole tracker, and writes it only when
/// all is well, never over another file.
///
/// The file is `Evidence/YYYY/<date>-<slug>.yaml`, the slug made from the title and made unique
/// with `-2`, `-3` … . Before anything is written, the tracker is loaded as if the new file were
/// already there; any error (in the new file or elsewhere) means nothing is written.
public struct EvidenceRecorder: Sendable {
    /// The loader that checks the tracker; its `today` is also the day recorded.
    public var loader: TrackerLoader

    /// Creates a recorder.
    public init(loader: TrackerLoader) {
        self.loader = loader
    }

    /// The id, path (relative to the root) and text a draft would be written as.
    public struct Plan: Sendable {
        /// The evidence id.
        public var id: String
        /// The file's path relative to the root.
        public var path: String
        /// The file's bytes.
        public var bytes: [UInt8]
    }

    /// What recording did.
    public enum Outcome: Sendable {
        /// The file was written; the tracker without and with it, for before/after statuses.
        case written(Plan, before: Tracker, after: Tracker, diagnostics: DiagnosticReport)
        /// Nothing was written: loading with the new file found errors (or missing input).
        case refused(Plan, LoadResult)
    }

    /// Names the file and writes its text, without touching the disk.
    public func plan(_ draft: EvidenceDraft, root: String) throws(EvidenceDraftError) -> Plan {
        let taken = Set(TrackerScanner(root: root).scan().evidenceFiles.map { PathParts.stem(PathParts.fileName($0)) })
        let base = "\(draft.date)-\(EvidenceSlug.make(from: draft.title))"
        let folder = "Evidence/\(draft.date.earliest.year)"
        var id = base
        var suffix = 2
        while taken.contains(id) || FileReader.exists(CheckedWrite.join(root, "\(folder)/\(id).yaml")) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        return Plan(id: id, path: "\(folder)/\(id).yaml", bytes: try EvidenceWriter.yaml(for: draft, id: id))
    }

    /// Checks the draft against the tracker in `root` and writes it when there is no error.
    /// Throws ``EvidenceDraftError`` when the draft cannot be turned into YAML and
    /// ``ExclusiveFile/Failure`` when the file cannot be written.
    public func record(_ draft: EvidenceDraft, root: String) throws -> Outcome {
        let plan = try plan(draft, root: root)
        let (result, written) = try CheckedWrite.create(plan, root: root, loader: loader)
        guard let after = written else { return .refused(plan, result) }
        var before = after
        before.evidence.removeAll { $0.id == plan.id }
        return .written(plan, before: before, after: after, diagnostics: result.diagnostics)
    }

}
