import RecTrackCore
import RecTrackProtocols
import RecTrackReports
import RecTrackTestSupport

/// The hostile fixture tracker (`Tests/Fixtures/hostile-tracker`), loaded and assessed as of the fixed today.
enum HostileFixture {

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
        let result = TrackerLoader(registry: BuiltinProtocols.registry, today: FixedToday.day).load(root: Fixtures.hostileTracker.path)
        guard let tracker = result.tracker, !result.diagnostics.hasErrors else {
            throw TestSetupError("the hostile fixture does not load cleanly: \(result.diagnostics.diagnostics.map(\.message))")
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
                       recommendations: base.recommendations, evidence: base.evidence + extra, replies: base.replies, files: base.files)
    }

    /// The fixture assessed as of the fixed today.
    static func assessed() throws -> AssessedTracker {
        AssessedTracker.assessing(try tracker(), asOf: FixedToday.day)
    }
}
