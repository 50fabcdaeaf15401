import Foundation
import RecTrackCore
import RecTrackProtocols
import RecTrackReports

/// The hostile fixture tracker (`Fixtures/hostile-tracker`) and the paths tests need.
enum HostileFixture {
    /// The day the fixture is loaded and assessed at.
    static let today = Day(year: 2026, month: 11, day: 23)!

    /// `Tests/RecTrackReportsTests`.
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    /// The package's root folder.
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    /// The fixture's root folder.
    static let root = testsFolder.appendingPathComponent("Fixtures/hostile-tracker").path

    /// Addresses that must never become links. The loader refuses them in YAML, so they are added
    /// in memory: the renderers must not rely on the loader for safety.
    static let unsafeAddresses = [
        "javascript:console.error('xss-href')",
        "JaVaScRiPt:console.error('xss-href')",
        " javascript:console.error('xss-href')",
        "data:text/html,<script>console.error('xss-data')</script>",
        "vbscript:msgbox(1)",
        "//evil.example/protocol-relative",
        "https://example.org/\"><script>console.error('xss-quote')</script>",
    ]

    /// The fixture as loaded from disk (it must load with no errors).
    static func loaded() throws -> Tracker {
        let result = TrackerLoader(registry: BuiltinProtocols.registry, today: today).load(root: root)
        guard let tracker = result.tracker, !result.diagnostics.hasErrors else {
            throw FixtureError("the hostile fixture does not load cleanly: \(result.diagnostics.diagnostics.map(\.message))")
        }
        return tracker
    }

    /// The fixture plus one evidence item per unsafe address, bearing on R1 as context.
    static func tracker() throws -> Tracker {
        let base = try loaded()
        let extra = unsafeAddresses.enumerated().map { index, url in
            Evidence(id: "2018-01-0\(index + 1)-unsafe-address-\(index + 1)", date: FactDate("2018-01-0\(index + 1)")!,
                     title: "Unsafe address \(index + 1) <u>\"here\"</u>", publisher: "Attacker's \"Press\"", url: url,
                     kind: .report, summary: "Its address is \(url), which must stay text.",
                     bearings: [Bearing(recommendation: "R1", effect: .context, note: "Context only.")],
                     recorded: Day(year: 2018, month: 2, day: 1)!, path: "memory")
        }
        return Tracker(root: base.root, report: base.report, owners: base.owners, metrics: base.metrics,
                       recommendations: base.recommendations, evidence: base.evidence + extra, files: base.files)
    }

    /// The fixture assessed as of `today`.
    static func assessed() throws -> AssessedTracker {
        AssessedTracker.assessing(try tracker(), asOf: today)
    }
}

/// A fixture that cannot be used.
struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
