import Testing
@testable import RecTrackCore

/// The fast reader of evidence files must only ever save time: whenever it reads a file, the full
/// reader (tree, then key by key) reads the same fields without a single problem; on anything else
/// it gives up and the full reader speaks.
@Suite("Reading evidence straight from the parser's events")
struct EvidenceFastReaderTests {
    /// The fields as text, every value, node and position included.
    private func describe(_ fields: EvidenceFields) -> String {
        var parts: [String] = [
            "id \(String(describing: fields.id))", "date \(String(describing: fields.date))",
            "title \(String(describing: fields.title))", "publisher \(String(describing: fields.publisher))",
            "url \(String(describing: fields.url))", "kind \(String(describing: fields.kind))", "owners \(fields.ownerNames)",
            "summary \(String(describing: fields.summary))", "supersedes \(fields.supersedes)", "due \(String(describing: fields.due))",
            "confidence \(fields.confidence)", "recorded \(String(describing: fields.recorded))",
            "start \(fields.start.line):\(fields.start.column)",
        ]
        parts += fields.bearings.map { bearing in
            "bearing @\(bearing.start.line):\(bearing.start.column) \(String(describing: bearing.recommendation)) "
                + "\(String(describing: bearing.milestone)) \(String(describing: bearing.effect)) \(String(describing: bearing.response)) "
                + "\(String(describing: bearing.note)) " + bearing.keyLocations.entries.map { "\($0.key)@\($0.location.line):\($0.location.column)" }.joined(separator: ",")
        }
        parts += fields.observationNodes.map { "observation " + YAMLCorpus.describe($0) }
        parts += fields.keyLocations.entries.map { "key \($0.key)@\($0.location.line):\($0.location.column)" }
        return parts.joined(separator: "\n")
    }

    /// Checks that the fast reader agrees with the full one; true when the fast one read the file.
    @discardableResult
    private func expectAgreement(_ bytes: [UInt8], _ name: String) -> Bool {
        guard let fast = EvidenceFastReader.read(bytes) else { return false }
        let sink = DiagnosticSink(path: "x.yaml")
        guard let node = try? YAMLParser.parse(bytes) else {
            Issue.record("\(name): the fast reader read a file the parser refuses")
            return true
        }
        let full = EvidenceDecoder.read(node, sink: sink)
        #expect(sink.diagnostics.isEmpty, "\(name): the fast reader read a file the full reader finds fault with: \(sink.diagnostics.map(\.message))")
        #expect(describe(fast) == describe(full), "\(name)")
        return true
    }

    private static let record = """
        id: 2022-05-23-independent-review
        date: 2022-05-23
        title: "The review’s final report"
        publisher: Independent Review of Children's Social Care
        url: https://www.gov.uk/government/publications/independent-review-of-childrens-social-care-final-report
        kind: report
        owners: [DfE]
        summary: >-
          The review recommends a new approach
          to early help.
        bears-on:
          - recommendation: R1
            milestone: strategy-published
            effect: progresses
            note: 'it''s a start'
          - {recommendation: R2, effect: context}
        observations:
          - metric: children-in-need
            period: 2022-03-31
            value: 389260
            unit: count
        supersedes:
          - 2022-05-01-interim
        due: 2023-01-01
        confidence: partly
        recorded: 2022-06-01

        """

    @Test("every fixture, shipped record and fuzz input: the fast reader gives up or agrees")
    func corpusAgrees() throws {
        let files = try YAMLCorpus.files()
        #expect(files.count > 300)
        var read = 0
        for (name, bytes) in files where expectAgreement(bytes, name) { read += 1 }
        #expect(read > 100, "the fast reader read only \(read) files")
    }

    @Test("every shipped evidence file is read the fast way")
    func shippedEvidenceIsFast() throws {
        let files = try YAMLCorpus.shippedEvidence()
        #expect(files.count > 100)
        for (name, bytes) in files {
            #expect(expectAgreement(bytes, name), "\(name) took the full path")
        }
    }

    @Test("a record with every key, and the same record written other ways, is read the fast way")
    func richRecord() {
        let variants = [
            Self.record,
            "\u{FEFF}" + Self.record,
            "---\n" + Self.record + "...\n",
            "# a comment\n" + Self.record.replacingOccurrences(of: "\n", with: " # note\n"),
            Self.record.replacingOccurrences(of: "\n", with: "\r\n"),
            Self.record.replacingOccurrences(of: "owners: [DfE]", with: "owners:\n  - DfE\n  - ' LGA '"),
            Self.record.replacingOccurrences(of: "url: https", with: "url: \"https").replacingOccurrences(of: "final-report\n", with: "final-report\"\n"),
            Self.record.replacingOccurrences(of: "due: 2023-01-01", with: "due:"),
            Self.record.replacingOccurrences(of: "confidence: partly", with: "confidence: ~"),
            // Keys are matched by their bytes, after libyaml has read their quotes and escapes.
            Self.record.replacingOccurrences(of: "title:", with: "'title':").replacingOccurrences(of: "kind:", with: "\"k\\x69nd\":"),
            // Larger than libyaml's buffer, so libyaml decodes it itself rather than being handed the text.
            Self.record.replacingOccurrences(of: "  to early help.", with: "  to early help." + String(repeating: " More words.", count: 5_000)),
        ]
        for (index, text) in variants.enumerated() {
            #expect(expectAgreement(Array(text.utf8), "variant \(index)"), "variant \(index) took the full path")
        }
    }

    @Test("each line removed, repeated or changed: the fast reader gives up or agrees")
    func mutations() {
        let lines = Self.record.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let replacements = ["~", "", "null", "[]", "{}", "'quoted'", "[a, b]", "{a: b}", "&a x", "!!str x", "*a", "|\n  block",
                            "2022-13-01", "2022", "R99", "-1", "1e400", "https://", "achieves", "  spaced  ", "\"\"", "é", "\t"]
        var read = 0
        for index in lines.indices {
            var removed = lines; removed.remove(at: index)
            var repeated = lines; repeated.insert(lines[index], at: index)
            for variant in [removed, repeated] where expectAgreement(Array(variant.joined(separator: "\n").utf8), "line \(index + 1)") {
                read += 1
            }
            guard let colon = lines[index].firstIndex(of: ":") else { continue }
            let key = lines[index][...colon]
            for replacement in replacements {
                var changed = lines
                changed[index] = key + " " + replacement
                if expectAgreement(Array(changed.joined(separator: "\n").utf8), "line \(index + 1) as \(replacement.debugDescription)") { read += 1 }
            }
            // An unknown key beside this line's key, at the top or inside an entry.
            let indent = lines[index].prefix { $0 == " " || $0 == "-" }.map { _ in " " }.joined()
            var unknown = lines
            unknown.insert(indent + "extra: value", at: index + 1)
            expectAgreement(Array(unknown.joined(separator: "\n").utf8), "unknown key after line \(index + 1)")
        }
        #expect(read > 50, "the fast reader read only \(read) of the changed records")
    }

    @Test("every prefix of a record: the fast reader gives up or agrees")
    func prefixes() {
        let bytes = Array(Self.record.utf8)
        for end in 0...bytes.count { expectAgreement(Array(bytes[..<end]), "prefix of \(end) bytes") }
    }

    @Test("a second document, an alias or a tag sends the file to the full reader")
    func refusals() {
        for text in [Self.record + "---\nid: x\n", Self.record.replacingOccurrences(of: "kind: report", with: "kind: !!str report"),
                     Self.record.replacingOccurrences(of: "owners: [DfE]", with: "owners: &o [DfE]"),
                     Self.record.replacingOccurrences(of: "due: 2023-01-01", with: "due: *o"), "- a list\n", "just text", "",
                     // A key that is none of the known ones as written (an accent added), or a tagged key: the full
                     // reader says what is wrong.
                     Self.record.replacingOccurrences(of: "title:", with: "titl\u{0065}\u{0301}:"),
                     Self.record.replacingOccurrences(of: "title:", with: "!!str title:")] {
            #expect(EvidenceFastReader.read(Array(text.utf8)) == nil, "\(text.prefix(40).debugDescription)")
        }
    }
}
