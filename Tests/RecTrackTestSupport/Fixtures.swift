import Foundation

/// Where the tests' files are: every fixture lives under `Tests/Fixtures`.
public enum Fixtures {
    /// The package's root folder.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `Tests/Fixtures`.
    public static let root = packageRoot.appendingPathComponent("Tests/Fixtures")

    /// The small valid tracker that the bad-input fixtures overlay and the command-line tests run on.
    public static let baseTracker = url("base-tracker")
    /// The tracker whose text tries to break out of every output format (see its README).
    public static let hostileTracker = url("hostile-tracker")
    /// The tracker that moves through three quarters of 2026 (see its README).
    public static let quarterly = url("quarterly")
    /// A tracker with three invented reports and evidence that bears on all of them (#22).
    public static let severalReports = url("several-reports")

    /// A fixture by its path under `Tests/Fixtures`, e.g. `bad-input`.
    public static func url(_ relative: String) -> URL {
        root.appendingPathComponent(relative)
    }

    /// A file or folder by its path under the package root, e.g. `docs/protocols.md`.
    public static func inPackage(_ relative: String) -> URL {
        packageRoot.appendingPathComponent(relative)
    }
}
