/// A small case that yields a diagnostic: a file of a tracker, or, where no file can show it, a situation in words.
public enum DiagnosticExample: Sendable {
    /// A file at `path` (relative to the tracker's root) with this text. Added to the tracker that
    /// ``DiagnosticExample/setting`` describes (replacing a file there of the same path), it yields the diagnostic.
    case file(path: String, text: String)
    /// What happens, in words: for problems of the file system or of bytes that a page cannot show.
    case situation(String)

    /// The tracker the file examples are written against.
    public static let setting = """
        The examples are files of a small tracker: recommendations R1 (protocol all-of: milestones \
        strategy-published and strategy-funded, the metric turnover-rate, the response) and R2 (the metric \
        children-looked-after); owners DfE, DCLG (called MHCLG from 2018-01-08, DLUHC from 2021-09 and MHCLG \
        again from 2024-07-08) and LGA; metrics turnover-rate (percent) and children-looked-after (count); \
        the evidence files Evidence/2020/2020-01-15-strategy-published.yaml and \
        Evidence/2021/2021-02-25-workforce-statistics.yaml; and today is 2026-11-23.
        """

    /// A plain evidence record that the evidence examples change.
    static let plainEvidence = """
        id: 2020-03-01-example
        date: 2020-03-01
        title: An example fact
        publisher: Department for Education
        kind: guidance
        summary: Something happened.
        recorded: 2020-03-02
        """

    /// A plain reply that the reply examples change.
    static let plainReply = """
        id: 2026-03-03-dfe-r1
        recommendation: R1
        owner: DfE
        date: 2026-03-03
        status: implemented
        says: The strategy is published and funded.
        cites: [2020-01-15-strategy-published]
        channel: letter
        recorded: 2026-03-04
        """

    /// A plain recommendation record that the recommendation examples change.
    static let plainRecommendation = """
        id: R3
        number: 3
        title: Publish a strategy
        text: The department should publish a strategy.
        theme: Stability
        owners: [DfE]
        protocol:
          kind: response
        """

    /// An evidence file: ``plainEvidence`` with `changes` (each a key's line and the lines indented under it) in
    /// place of the same keys' lines, or added before `recorded`, and without the keys in `removed`.
    static func evidence(_ changes: String..., removing removed: [String] = [],
                         at path: String = "Evidence/2020/2020-03-01-example.yaml") -> DiagnosticExample {
        evidence(changes, removing: removed, at: path)
    }

    /// A reply file: ``plainReply`` with `changes` in place of the same keys' lines, or added before `recorded`.
    static func reply(_ changes: String..., at path: String = "Replies/2026/2026-03-03-dfe-r1.yaml") -> DiagnosticExample {
        .file(path: path, text: changed(plainReply, changes, removing: [], before: "recorded"))
    }

    /// A recommendation record: ``plainRecommendation`` with `changes` in place of the same keys' lines, or added
    /// before `protocol`.
    static func recommendation(_ changes: String..., at path: String = "Recommendations/R03.yaml") -> DiagnosticExample {
        .file(path: path, text: changed(plainRecommendation, changes, removing: [], before: "protocol"))
    }

    /// An evidence file as ``evidence(_:removing:at:)`` makes it, whose `bears-on` is one entry of `lines` (such as
    /// "recommendation: R1" and "effect: context"), added after `changes`.
    static func evidence(_ changes: String..., bearing lines: [String]) -> DiagnosticExample {
        evidence(changes + ["bears-on:\n  - " + lines.joined(separator: "\n    ")])
    }

    /// An evidence file as ``evidence(_:removing:at:)`` makes it, with `observations`, one entry a line (such as
    /// "{metric: turnover-rate, period: 2019-09-30, value: 13.5}"), added after `changes`.
    static func evidence(_ changes: String..., observing entries: [String]) -> DiagnosticExample {
        evidence(changes + [block("observations", entries.map { "- " + $0 })])
    }

    /// A recommendation record as ``recommendation(_:at:)`` makes it, whose `protocol` is `lines`.
    static func recommendation(protocol lines: String...) -> DiagnosticExample {
        recommendation(block("protocol", lines))
    }

    private static func evidence(_ changes: [String], removing removed: [String] = [],
                                 at path: String = "Evidence/2020/2020-03-01-example.yaml") -> DiagnosticExample {
        .file(path: path, text: changed(plainEvidence, changes, removing: removed, before: "recorded"))
    }

    /// `key:` and, indented under it, `lines`.
    private static func block(_ key: String, _ lines: [String]) -> String {
        ([key + ":"] + lines.map { "  " + $0 }).joined(separator: "\n")
    }

    /// `record` with each change in place of the block of its key (its line and the lines indented under it), or
    /// added before the block of `before` when the record lacks the key; the blocks of `removed` left out.
    private static func changed(_ record: String, _ changes: [String], removing removed: [String], before: String) -> String {
        var blocks: [(key: String, text: String)] = []
        for line in record.split(separator: "\n") {
            if line.hasPrefix(" "), !blocks.isEmpty {
                blocks[blocks.count - 1].text += "\n" + line
            } else {
                blocks.append((key(of: line), String(line)))
            }
        }
        blocks.removeAll { removed.contains($0.key) }
        for change in changes {
            let key = key(of: change)
            if let index = blocks.firstIndex(where: { $0.key == key }) {
                blocks[index].text = change
            } else {
                blocks.insert((key, change), at: blocks.firstIndex { $0.key == before } ?? blocks.endIndex)
            }
        }
        return blocks.map(\.text).joined(separator: "\n")
    }

    /// The key a block's first line starts with.
    private static func key(of text: some StringProtocol) -> String {
        String(text.prefix { $0 != ":" })
    }
}
