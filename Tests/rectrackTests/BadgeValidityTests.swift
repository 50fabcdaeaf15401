import Foundation
import RecTrackTestSupport
import Testing

/// The badges `rectrack report` writes, checked by a tool that is not rectrack: lxml reads each as an embedding page
/// would (`scripts/check-badges.py`: well-formed, an SVG root with role and label, `<title>` first, nothing that runs
/// or fetches anything). Control badges, each broken in one way, must fail it.
///
/// Skipped, saying so, only when python3 is missing, since the checker cannot then be installed.
@Suite(.enabled(if: RepositoryScripts.python3Available, "python3 is not installed, so the badges are not checked with lxml: install python3 and python3-venv"))
struct BadgeValidityTests {
    static let checker = "scripts/check-badges.py"

    func check(_ files: [String]) throws -> RunResult {
        let tools = try RepositoryScripts.pythonTools.get()
        return try BinaryRunner.run([Fixtures.inPackage(Self.checker).path] + files, environment: ProcessInfo.processInfo.environment,
                                    executable: tools.appendingPathComponent("python"))
    }

    @Test(arguments: ["shipped", "hostile"])
    func everyBadgeTheReportWritesIsValid(_ tracker: String) throws {
        let scratch = try TemporaryFolder()
        let root = tracker == "shipped" ? Fixtures.packageRoot.path : Fixtures.hostileTracker.path
        let today = tracker == "shipped" ? FixedToday.shippedTrackerText : FixedToday.text
        let report = try BinaryRunner.run(["report", "--root", root, "--output", scratch.path("site")], today: today)
        #expect(report.status == 0, "\(report.stderr)")
        let pages = scratch.list("site/recommendations").filter { $0.hasSuffix(".html") }
        let badges = scratch.list("site/badges").sorted()
        #expect(!badges.isEmpty)
        #expect(badges == pages.map { $0.replacingOccurrences(of: ".html", with: ".svg") }.sorted(), "one badge per recommendation")
        let result = try check(badges.map { scratch.path("site/badges/" + $0) })
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("\(badges.count) passed, 0 failed\n"), "\(result.stdout)")
    }

    /// Each control breaks one rule; the checker must name it.
    @Test(arguments: [
        ("not-well-formed", "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"><title>x</title>", "not well-formed XML"),
        ("no-namespace", "<svg width=\"10\" height=\"10\" role=\"img\" aria-label=\"x\"><title>x</title><text>R1</text></svg>", "not svg in the SVG namespace"),
        ("title-second", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" role=\"img\" aria-label=\"x\"><rect width=\"1\" height=\"1\"/><title>x</title><text>R1</text></svg>", "not title"),
        ("script", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" role=\"img\" aria-label=\"x\"><title>x</title><script>alert(1)</script><text>R1</text></svg>", "element script is not allowed"),
        ("foreign-object", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" role=\"img\" aria-label=\"x\"><title>x</title><foreignObject/><text>R1</text></svg>", "element foreignObject is not allowed"),
        ("external-fill", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" role=\"img\" aria-label=\"x\"><title>x</title><rect fill=\"url(https://example.org/p.svg#g)\" width=\"1\" height=\"1\"/><text>R1</text></svg>", "refers outside the file"),
        ("event", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" role=\"img\" aria-label=\"x\" onload=\"alert(1)\"><title>x</title><text>R1</text></svg>", "event attribute onload"),
        ("no-label", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><title>x</title><text>R1</text></svg>", "no aria-label"),
        ("label-differs", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" role=\"img\" aria-label=\"limited\"><title>implemented</title><text>R1</text></svg>", "differs from the aria-label"),
    ])
    func controlBadgeFails(_ name: String, _ svg: String, _ reason: String) throws {
        let scratch = try TemporaryFolder()
        try scratch.write("\(name).svg", svg)
        let result = try check([scratch.path("\(name).svg")])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL \(scratch.path("\(name).svg")): "), "\(result.stdout)")
        #expect(result.stdout.contains(reason), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("0 passed, 1 failed\n"))
    }
}
