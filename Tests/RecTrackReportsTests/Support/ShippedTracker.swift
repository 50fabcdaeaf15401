import RecTrackCore
import RecTrackProtocols

/// The repository's own tracker (Recommendations/ and Evidence/ at the package root), as of today.
enum ShippedTracker {
    /// Loads it; files with errors are left out by the loader, so this fails only when the records cannot be read.
    static func load() throws -> Tracker {
        let result = TrackerLoader(registry: BuiltinProtocols.registry, today: Day.today()).load(root: HostileFixture.packageRoot.path)
        guard let tracker = result.tracker else {
            throw FixtureError("the shipped tracker does not load: \(result.diagnostics.summary)")
        }
        return tracker
    }
}
