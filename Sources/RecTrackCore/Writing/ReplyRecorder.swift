/// Records a new owner's reply: names its file, checks it against the whole tracker, and writes it only when all
/// is well, never over another file (as ``EvidenceRecorder`` does for evidence).
///
/// The file is `Replies/YYYY/<date>-<owner>-<recommendation>.yaml`, made unique with `-2`, `-3` … .
public struct ReplyRecorder: Sendable {
    /// The loader that checks the tracker; its `today` is also the day recorded.
    public var loader: TrackerLoader

    /// Creates a recorder.
    public init(loader: TrackerLoader) {
        self.loader = loader
    }

    /// What recording did.
    public enum Outcome: Sendable {
        /// The file was written; the tracker with it.
        case written(EvidenceRecorder.Plan, after: Tracker)
        /// Nothing was written: loading with the new file found errors (or missing input).
        case refused(EvidenceRecorder.Plan, LoadResult)
    }

    /// Names the file and writes its text, without touching the disk.
    public func plan(_ draft: ReplyDraft, root: String) throws(EvidenceDraftError) -> EvidenceRecorder.Plan {
        let taken = Set(TrackerScanner(root: root).scan().replyFiles.map { PathParts.stem(PathParts.fileName($0)) })
        let folder = "Replies/\(draft.date.year)"
        let base = draft.baseID
        var id = base, suffix = 2
        while taken.contains(id) || FileReader.exists(CheckedWrite.join(root, "\(folder)/\(id).yaml")) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        return EvidenceRecorder.Plan(id: id, path: "\(folder)/\(id).yaml", bytes: try ReplyWriter.yaml(for: draft, id: id))
    }

    /// Checks the draft against the tracker in `root` and writes it when there is no error.
    /// Throws ``EvidenceDraftError`` when the draft cannot be turned into YAML and
    /// ``ExclusiveFile/Failure`` when the file cannot be written.
    public func record(_ draft: ReplyDraft, root: String) throws -> Outcome {
        let plan = try plan(draft, root: root)
        let result = try CheckedWrite.create(plan, root: root, loader: loader)
        guard let after = result.written else { return .refused(plan, result.load) }
        return .written(plan, after: after)
    }
}
