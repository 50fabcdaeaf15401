import RecTrackCore
import RecTrackTestSupport

/// A small tracker held in memory for the core's tests: recommendations R1 and R2 assessed by ``FixedCreditProtocol``
/// over the same milestones (`first` and `second` unless given), and evidence added per test.
struct TestTracker {
    var files: [String: [UInt8]]

    init(milestones: [String] = ["first", "second"]) {
        files = [
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
            "Recommendations/R01.yaml": TestTracker.recommendation(1, milestones: milestones),
            "Recommendations/R02.yaml": TestTracker.recommendation(2, milestones: milestones),
        ]
    }

    /// The record of recommendation `number`; each milestone's title is "The <id> step is taken".
    static func recommendation(_ number: Int, milestones: [String] = ["first", "second"], partialCredit: String = "0.5") -> [UInt8] {
        Array("""
            id: R\(number)
            number: \(number)
            title: Recommendation number \(number)
            text: Do thing number \(number).
            theme: Testing
            owners: [DfE]
            protocol:
              kind: fixed-credit
              partial-credit: \(partialCredit)
              milestones:
            \(milestones.map { "    - {id: \($0), title: The \($0) step is taken}" }.joined(separator: "\n"))
            """.utf8)
    }

    /// Adds an evidence file; `bears` holds (recommendation, milestone or nil, effect).
    mutating func add(_ date: String, _ slug: String, kind: String = "guidance", bears: [(String, String?, String)],
                      due: String? = nil, recorded: String? = nil, title: String? = nil, supersedes: [String] = [], owners: [String] = []) {
        let id = "\(date)-\(slug)"
        var text = """
            id: \(id)
            date: \(date)
            title: \(title ?? "Evidence \(slug)")
            publisher: A Publisher
            kind: \(kind)
            summary: Something happened.

            """
        if !owners.isEmpty { text += "owners: [\(owners.joined(separator: ", "))]\n" }
        if !bears.isEmpty {
            text += "bears-on:\n"
            for (recommendation, milestone, effect) in bears {
                text += "  - {recommendation: \(recommendation), \(milestone.map { "milestone: \($0), " } ?? "")effect: \(effect)}\n"
            }
        }
        if let due { text += "due: \(due)\n" }
        if !supersedes.isEmpty { text += "supersedes: [\(supersedes.joined(separator: ", "))]\n" }
        text += "recorded: \(recorded ?? date)\n"
        files["Evidence/\(date.prefix(4))/\(id).yaml"] = Array(text.utf8)
    }

    /// A loader with ``FixedCreditProtocol`` as the only kind.
    static func loader(today: Day = FixedToday.day) -> TrackerLoader {
        TrackerLoader(registry: FixedCreditProtocol.registry, today: today)
    }

    /// Loads the files.
    func load(today: Day = FixedToday.day, digests: Bool = true) -> LoadResult {
        var loader = TestTracker.loader(today: today)
        loader.recordsDigests = digests
        return loader.load(root: ".", files: files)
    }

    /// Writes the files under a folder (with an `Evidence/` folder even when there is no evidence).
    func write(to folder: TemporaryFolder) throws {
        try folder.makeFolder("Evidence")
        for (path, bytes) in files { try folder.write(path, bytes: bytes) }
    }

    /// A tracker on disk for the tests that alter files: R1, R2 and one evidence file,
    /// `Evidence/2020/2020-01-15-strategy-published.yaml` ("Workforce strategy", achieving R1's first milestone).
    static func onDisk() throws -> TemporaryFolder {
        var tracker = TestTracker()
        tracker.add("2020-01-15", "strategy-published", bears: [("R1", "first", "achieves")], recorded: "2020-02-01", title: "Workforce strategy")
        let folder = try TemporaryFolder()
        try tracker.write(to: folder)
        return folder
    }

    /// The formatted diagnostics of loading the tracker at `root` as of the fixed today.
    static func diagnostics(of root: String) -> [String] {
        loader().load(root: root).diagnostics.diagnostics.map(\.formatted)
    }
}
