import RecTrackCore
import RecTrackProtocols
import RecTrackTestSupport

/// A small tracker held in memory: two recommendations with two milestones each, and evidence added per test.
struct TestTracker {
    var files: [String: [UInt8]] = [
        "Recommendations/report.yaml": Array("""
            id: test-report
            title: A Test Report
            publisher: A Test Committee
            date: 2017-03-21
            """.utf8),
        "Recommendations/owners.yaml": Array("""
            owners:
              - id: DfE
                name: Department for Education
            """.utf8),
        "Recommendations/R01.yaml": TestTracker.recommendation(1),
        "Recommendations/R02.yaml": TestTracker.recommendation(2),
    ]

    static func recommendation(_ number: Int, partialCredit: String = "0.5") -> [UInt8] {
        Array("""
            id: R\(number)
            number: \(number)
            title: Recommendation number \(number)
            text: Do thing number \(number).
            theme: Testing
            owners: [DfE]
            protocol:
              kind: milestones
              partial-credit: \(partialCredit)
              milestones:
                - {id: first, title: The first step is taken}
                - {id: second, title: The second step is taken}
            """.utf8)
    }

    /// Adds an evidence file; `bears` holds (recommendation, milestone, effect).
    mutating func add(_ date: String, _ slug: String, kind: String = "guidance", bears: [(String, String, String)],
                      due: String? = nil, recorded: String? = nil, title: String? = nil) {
        let id = "\(date)-\(slug)"
        var text = """
            id: \(id)
            date: \(date)
            title: \(title ?? "Evidence \(slug)")
            publisher: A Publisher
            kind: \(kind)
            summary: Something happened.

            """
        if !bears.isEmpty {
            text += "bears-on:\n"
            for (recommendation, milestone, effect) in bears {
                text += "  - {recommendation: \(recommendation), milestone: \(milestone), effect: \(effect)}\n"
            }
        }
        if let due { text += "due: \(due)\n" }
        text += "recorded: \(recorded ?? date)\n"
        files["Evidence/\(date.prefix(4))/\(id).yaml"] = Array(text.utf8)
    }

    /// Loads the files; expects no errors.
    func load(today: Day = FixedToday.day, digests: Bool = true) -> LoadResult {
        var loader = TrackerLoader(registry: BuiltinProtocols.registry, today: today)
        loader.recordsDigests = digests
        return loader.load(root: ".", files: files)
    }

    /// Writes the files under a folder (with an `Evidence/` folder even when there is no evidence).
    func write(to folder: TemporaryFolder) throws {
        try folder.makeFolder("Evidence")
        for (path, bytes) in files { try folder.write(path, String(decoding: bytes, as: UTF8.self)) }
    }
}
