import Foundation
import RecTrackCore
import RecTrackProtocols

/// Paths and loaders shared by the core tests.
enum Fixtures {
    /// `Tests/Fixtures`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    /// The small valid tracker that bad-input fixtures overlay.
    static let baseTracker = root.appendingPathComponent("base-tracker")
    /// The day tests treat as today.
    static let today = Day(year: 2026, month: 11, day: 23)!

    /// A loader with the built-in protocols and a fixed today.
    static var loader: TrackerLoader { TrackerLoader(registry: BuiltinProtocols.registry, today: today) }

    /// A fresh copy of the base tracker in a temporary folder.
    static func copyOfBaseTracker() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rectrack-test-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: baseTracker, to: folder)
        return folder
    }

    /// Writes bytes at a path relative to a tracker, creating folders.
    static func write(_ bytes: [UInt8], to path: String, in tracker: URL) throws {
        let url = tracker.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// The formatted diagnostics of loading a tracker.
    static func diagnostics(of tracker: URL) -> [String] {
        loader.load(root: tracker.path).diagnostics.diagnostics.map(\.formatted)
    }
}
