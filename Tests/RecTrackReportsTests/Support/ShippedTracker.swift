import RecTrackCore
import RecTrackProtocols
import RecTrackTestSupport

/// The repository's own tracker (Recommendations/ and Evidence/ at the package root), as of today.
enum ShippedTracker {
    /// Loads it; files with errors are left out by the loader, so this fails only when the records cannot be read.
    static func load() throws -> Tracker {
        let result = TrackerLoader(registry: BuiltinProtocols.registry, today: Day.today()).load(root: Fixtures.packageRoot.path)
        guard let tracker = result.tracker else {
            throw TestSetupError("the shipped tracker does not load: \(result.diagnostics.summary)")
        }
        return tracker
    }
}
