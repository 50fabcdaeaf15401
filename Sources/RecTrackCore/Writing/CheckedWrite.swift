/// Writes a new file into a tracker only when the tracker, loaded as if the file were already there, has no
/// error: how `evidence add` and `reply add` keep every file they write valid. Never over another file.
enum CheckedWrite {
    /// The load with the planned file, and the tracker with it when the file was written (nil when refused).
    static func create(_ plan: EvidenceRecorder.Plan, root: String, loader: TrackerLoader) throws -> (load: LoadResult, written: Tracker?) {
        let result = loader.load(root: root, adding: [plan.path: plan.bytes])
        guard let after = result.tracker, !result.missingInput, !result.diagnostics.hasErrors else { return (result, nil) }
        do { try AtomicFile.createFolder(FileSystem.split(plan.path).folder, under: root) } catch let error as AtomicFile.WriteError {
            throw ExclusiveFile.Failure.cannotWrite(error.message)
        }
        // What an earlier add, killed part-way, left in this folder goes now that its writer has ended.
        Leftovers.removeAbandoned(in: join(root, FileSystem.split(plan.path).folder))
        do {
            try ExclusiveFile.create(plan.bytes, at: join(root, plan.path))
        } catch .exists {
            // Named as the tracker names it (Evidence/2026/…), not by the path it was opened at (./Evidence/…).
            throw ExclusiveFile.Failure.exists(plan.path)
        }
        return (result, after)
    }

    /// `root` and a relative path joined with one slash.
    static func join(_ a: String, _ b: String) -> String { a.hasSuffix("/") ? a + b : a + "/" + b }
}
