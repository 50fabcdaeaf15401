import RecTrackCore

/// The snapshots a tracker has published, for the data package.
enum PublishedSnapshots {
    /// Every snapshot in the tracker's `Snapshots/`, oldest first; a snapshot that cannot be read is reported as
    /// `path:line:column: error: …` and ends the run with exit 65, as no package should leave a published quarter out.
    static func read(root: String) throws -> [Snapshot] {
        let store = SnapshotStore(root: root)
        var snapshots: [Snapshot] = []
        for quarter in store.quarters() {
            do {
                if let snapshot = try store.read(quarter) { snapshots.append(snapshot) }
            } catch {
                Console.error(error.diagnostic.formatted + "\n")
                throw ExitStatus.dataError
            }
        }
        return snapshots
    }
}
