import RecTrackCore

/// The snapshots a tracker has published, for the data package.
enum PublishedSnapshots {
    /// Every snapshot in the tracker's `Snapshots/`, oldest first, keyed as the tracker keys its recommendations now
    /// (``Snapshot/keyed(for:)``: one report's only, with --report); a snapshot that cannot be read is reported as
    /// `path:line:column: error: …` and ends the run with exit 65, as no package should leave a published quarter out.
    static func read(for tracker: Tracker) throws -> [Snapshot] {
        let store = SnapshotStore(root: tracker.root)
        var snapshots: [Snapshot] = []
        for quarter in store.quarters() {
            do {
                if let snapshot = try store.read(quarter) { snapshots.append(snapshot.keyed(for: tracker)) }
            } catch {
                Console.error(error.diagnostic.formatted + "\n")
                throw ExitStatus.dataError
            }
        }
        return snapshots
    }
}
