import Foundation
import RecTrackCore
import RecTrackProtocols
import RecTrackTestSupport

/// Builds small in-memory trackers around one recommendation, R1, for protocol tests.
enum ExampleTracker {
    static let report = """
    id: example
    title: Example report
    publisher: Example committee
    date: 2017-03-21
    """

    static let owners = """
    owners:
      - id: DfE
        name: Department for Education
    """

    static let metrics = """
    metrics:
      - id: turnover-rate
        title: Social worker turnover rate
        unit: percent
    """

    /// Loads a tracker whose R1 uses `protocolYAML` and whose evidence is `evidence`; fails the test on any error.
    static func load(protocol protocolYAML: String, evidence: [String], metrics: String = ExampleTracker.metrics) -> LoadResult {
        let indented = protocolYAML.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
        var files: [String: [UInt8]] = [
            "Recommendations/report.yaml": Array(report.utf8),
            "Recommendations/owners.yaml": Array(owners.utf8),
            "Recommendations/metrics.yaml": Array(metrics.utf8),
            "Recommendations/R01.yaml": Array("""
            id: R1
            number: 1
            title: Example
            text: Something should be done.
            theme: Examples
            owners: [DfE]
            protocol:
            \(indented)
            """.utf8),
        ]
        for text in evidence {
            let id = text.split(separator: "\n").first { $0.hasPrefix("id: ") }.map { String($0.dropFirst(4)) } ?? "missing"
            files["Evidence/\(id.prefix(4))/\(id).yaml"] = Array(text.utf8)
        }
        return TrackerLoader(registry: BuiltinProtocols.registry, today: FixedToday.day).load(root: ".", files: files)
    }

    /// A minimal evidence file bearing on R1.
    static func evidence(_ id: String, kind: String = "guidance", effect: String, milestone: String? = nil, recorded: String? = nil) -> String {
        """
        id: \(id)
        date: \(id.prefix(10))
        title: Evidence \(id)
        publisher: Example publisher
        kind: \(kind)
        summary: An example fact.
        bears-on:
          - recommendation: R1
        \(milestone.map { "    milestone: \($0)\n" } ?? "")    effect: \(effect)
        recorded: \(recorded ?? String(id.prefix(10)))
        """
    }
}
