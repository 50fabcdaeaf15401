import Foundation
import RecTrackCore
import RecTrackTestSupport
import Testing

/// One bad `links:` entry in R2 of the base tracker and the exact diagnostic it yields.
struct BadLinkCase: CustomTestStringConvertible, Sendable {
    let name: String
    /// The entry's lines under `links:`, each written at two spaces' indentation.
    let lines: [String]
    let expected: String
    var testDescription: String { name }

    /// R2 of the base tracker with `lines` as its links.
    var record: String { LinkTests.r2(links: lines) }

    static let all = [
        BadLinkCase(name: "unknown recommendation", lines: ["- kind: repeats", "  recommendation: R9", "  note: Asks again."],
                    expected: "Recommendations/R02.yaml:8:5: error: the link names 'R9', which is not a recommendation of this tracker. The tracker has R1 to R2. [RT0801 link-unknown-recommendation]"),
        BadLinkCase(name: "link to itself", lines: ["- kind: relates-to", "  recommendation: R2", "  note: The same call."],
                    expected: "Recommendations/R02.yaml:8:5: error: R2 links to itself ('R2'); a link names another call for the same thing: another recommendation, or a call outside the tracker [RT0802 link-to-itself]"),
        BadLinkCase(name: "later call dated before the report",
                    lines: ["- kind: repeated-by", "  title: A review", "  publisher: A committee", "  url: https://example.org/review", "  date: 2016-05", "  note: Asks again."],
                    expected: "Recommendations/R02.yaml:8:5: error: a 'repeated-by' link is to a later call, but its date 2016-05 is before this recommendation's report (2017-03-21); check the date, or use 'repeats', 'builds-on' or 'relates-to' for an earlier call [RT0804 link-date-out-of-order]"),
        BadLinkCase(name: "earlier call dated after the report",
                    lines: ["- kind: builds-on", "  title: A review", "  publisher: A committee", "  url: https://example.org/review", "  date: 2018", "  note: Builds on it."],
                    expected: "Recommendations/R02.yaml:8:5: error: a 'builds-on' link is to an earlier call, but its date 2018 is after this recommendation's report (2017-03-21); check the date, or use 'repeated-by', 'built-on-by' or 'relates-to' for a later call [RT0804 link-date-out-of-order]"),
        BadLinkCase(name: "address that is not http(s)",
                    lines: ["- kind: relates-to", "  title: A review", "  publisher: A committee", "  url: javascript:alert(1)", "  date: 2018", "  note: Related."],
                    expected: "Recommendations/R02.yaml:11:10: error: 'url' must be an http:// or https:// address, found 'javascript:alert(1)' [RT0151 not-a-web-address]"),
        BadLinkCase(name: "note of two lines", lines: ["- kind: relates-to", "  recommendation: R1", "  note: |", "    Both ask for a strategy.", "    R1 asks first."],
                    expected: "Recommendations/R02.yaml:10:5: error: the link's 'note' runs to more than one line; a link's note is one line an MP reads beside the lineage: shorten it, and write it on one line (without '|') [RT0805 link-note-not-one-line]"),
        BadLinkCase(name: "both a recommendation and an outside call",
                    lines: ["- kind: repeats", "  recommendation: R1", "  url: https://example.org/review", "  note: Asks again."],
                    expected: "Recommendations/R02.yaml:8:5: error: the link names both a recommendation and an outside call ('url'); a link points at one call: keep 'recommendation' for a recommendation of this tracker, or 'title', 'publisher' and 'url' for a call outside it [RT0806 link-target-unclear]"),
        BadLinkCase(name: "no call at all", lines: ["- kind: repeats", "  note: Asks again."],
                    expected: "Recommendations/R02.yaml:8:5: error: the link names no call; give 'recommendation' (such as R5) for a recommendation of this tracker, or 'title', 'publisher' and 'url' for a call outside it [RT0806 link-target-unclear]"),
        BadLinkCase(name: "outside call without its address",
                    lines: ["- kind: relates-to", "  title: A review", "  publisher: A committee", "  date: 2018", "  note: Related."],
                    expected: "Recommendations/R02.yaml:8:5: error: a link to a call outside the tracker needs 'url' too: give its title, publisher and url exactly as its page gives them [RT0102 missing-key]"),
        BadLinkCase(name: "misspelt kind", lines: ["- kind: repeat", "  recommendation: R1", "  note: Asks again."],
                    expected: "Recommendations/R02.yaml:8:11: error: 'kind' must be one of repeats, repeated-by, builds-on, built-on-by, relates-to; found 'repeat'. Did you mean 'repeats'? [RT0153 unknown-choice]"),
    ]
}

/// Links between recommendations: read from `links:`, checked with located errors, shown as a lineage, and never
/// changing a status.
@Suite("Links between recommendations")
struct LinkTests {
    /// R2 of the base tracker with `links` (lines under `links:`), or without links when empty.
    static func r2(links: [String]) -> String {
        let block = links.isEmpty ? "" : "links:\n" + links.map { "  " + $0 }.joined(separator: "\n") + "\n"
        return """
            id: R2
            number: 2
            title: Fewer children in care
            text: Fewer children should need care.
            theme: Demand
            owners: [DfE, DCLG]
            \(block)protocol:
              kind: metric
              metric: children-looked-after
              baseline: {period: 2017-03-31, value: 72670}
              target: {value: 70000, direction: down, set-by: report}
            """
    }

    private func load(r2 text: String, r1Links: [String] = []) throws -> LoadResult {
        let folder = try BaseTracker.copy()
        try folder.write("Recommendations/R02.yaml", text)
        if !r1Links.isEmpty {
            let r1 = try folder.read("Recommendations/R01.yaml")
            try folder.write("Recommendations/R01.yaml", r1.replacingOccurrences(of: "protocol:\n", with: "links:\n" + r1Links.map { "  " + $0 }.joined(separator: "\n") + "\nprotocol:\n"))
        }
        return BaseTracker.loader.load(root: folder.path)
    }

    @Test("R2 as these tests write it is the base tracker's R2")
    func baseRecordMatches() throws {
        let shipped = try String(contentsOf: Fixtures.baseTracker.appendingPathComponent("Recommendations/R02.yaml"), encoding: .utf8)
        #expect(shipped.trimmingCharacters(in: .whitespacesAndNewlines) == Self.r2(links: []).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("a bad link is refused with its located error and nothing else", arguments: BadLinkCase.all)
    func badLink(_ test: BadLinkCase) throws {
        let result = try load(r2: test.record)
        #expect(result.diagnostics.diagnostics.map(\.formatted) == [test.expected])
    }

    @Test("links that repeat or build on each other in a cycle are refused at each record that writes one")
    func cycle() throws {
        let result = try load(r2: Self.r2(links: ["- kind: repeats", "  recommendation: R1", "  note: Asks again for R1."]),
                              r1Links: ["- kind: builds-on", "  recommendation: R2", "  note: Builds on R2."])
        let found = result.diagnostics.diagnostics.map(\.formatted)
        #expect(found.count == 2, "\(found)")
        #expect(found.allSatisfy { $0.hasSuffix("a call can only repeat or build on an earlier one. Remove or turn round the link that is wrong [RT0803 link-cycle]") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("Recommendations/R01.yaml:") } && found.contains { $0.hasPrefix("Recommendations/R02.yaml:") })
    }

    @Test("the same link written at both ends is no cycle, and appears once in each lineage")
    func bothEnds() throws {
        let result = try load(r2: Self.r2(links: ["- kind: repeats", "  recommendation: R1", "  note: Asks again for R1."]),
                              r1Links: ["- kind: repeated-by", "  recommendation: R2", "  note: R2 asks again."])
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics.map(\.formatted))")
        let tracker = try #require(result.tracker)
        let r1 = Lineage(of: tracker.recommendations[0], in: tracker)
        #expect(r1.entries.map(\.kind) == [nil, .repeatedBy])
        #expect(r1.entries[1].note == "R2 asks again.", "the record's own link comes first")
        let r2 = Lineage(of: tracker.recommendations[1], in: tracker)
        #expect(r2.entries.map(\.kind) == [.repeats, nil], "the call it repeats comes before it on the same date")
    }

    @Test("a lineage is in date order: earlier calls, the recommendation, later calls; partial dates count from their last day")
    func dateOrder() throws {
        let result = try load(r2: Self.r2(links: [
            "- kind: repeated-by", "  title: Later", "  publisher: P", "  url: https://example.org/later", "  date: 2024", "  note: Asks again.",
            "- kind: relates-to", "  title: Related", "  publisher: P", "  url: https://example.org/related", "  date: 2024-06-30", "  note: Related.",
            "- kind: repeats", "  title: Earlier", "  publisher: P", "  url: https://example.org/earlier", "  date: 2015-02", "  note: First.",
        ]))
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics.map(\.formatted))")
        let tracker = try #require(result.tracker)
        let lineage = Lineage(of: tracker.recommendations[1], in: tracker)
        #expect(lineage.entries.map(\.kind) == [.repeats, nil, .relatesTo, .repeatedBy])
        #expect(lineage.repeatedBy.map(\.date.description) == ["2024"])
        #expect(Lineage(of: tracker.recommendations[0], in: tracker).isEmpty, "R1 has no links and no other record links to it")
    }

    @Test("a link never changes a status, progress or the evidence an assessment uses")
    func neverChangesStatus() throws {
        let linked = try #require(try load(r2: Self.r2(links: ["- kind: repeats", "  recommendation: R1", "  note: Asks again for R1."]),
                                           r1Links: ["- kind: repeated-by", "  title: Later", "  publisher: P", "  url: https://example.org/later", "  date: 2024", "  note: Asks again."]).tracker)
        let plain = try #require(BaseTracker.loader.load(root: Fixtures.baseTracker.path).tracker)
        let asOf = FixedToday.day
        for (with, without) in zip(linked.recommendations, plain.recommendations) {
            let a = Evaluator(tracker: linked).assess(with, asOf: asOf), b = Evaluator(tracker: plain).assess(without, asOf: asOf)
            #expect(a.status == b.status && a.progress == b.progress && a.evidence == b.evidence && a.reason == b.reason)
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            #expect(try encoder.encode(a) == encoder.encode(b))
        }
    }
}
