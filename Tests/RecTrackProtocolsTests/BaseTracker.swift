import Foundation
import RecTrackCore
import RecTrackProtocols
import RecTrackTestSupport

/// The base fixture tracker (`Tests/Fixtures/base-tracker`), read with the built-in protocols as of the fixed today:
/// what the bad-input fixtures and the fuzz inputs are placed in.
enum BaseTracker {
    /// A loader with the built-in protocols and the fixed today.
    static var loader: TrackerLoader { TrackerLoader(registry: BuiltinProtocols.registry, today: FixedToday.day) }

    /// A fresh copy of the base tracker in a temporary folder.
    static func copy() throws -> TemporaryFolder {
        try TemporaryFolder.copy(of: Fixtures.baseTracker)
    }

    /// The formatted diagnostics of loading the tracker at `root`.
    static func diagnostics(of root: String) -> [String] {
        loader.load(root: root).diagnostics.diagnostics.map(\.formatted)
    }
}
