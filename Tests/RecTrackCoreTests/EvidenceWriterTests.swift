import Testing
@testable import RecTrackCore

struct EvidenceWriterTests {
    private func draft(title: String = "Children's Wellbeing and Schools Act 2026: Royal Assent",
                       summary: String = "Short.") -> EvidenceDraft {
        EvidenceDraft(date: FactDate("2025-02-03")!, title: title, publisher: "UK Parliament",
                      url: "https://www.legislation.gov.uk/ukpga/2026/21", kind: .legislation, owners: ["DfE"],
                      summary: summary,
                      bearings: [.init(recommendation: "R1", milestone: "first", effect: .progresses), .init(recommendation: "R2", effect: .context)],
                      due: FactDate("2026-01-01"), recorded: Day("2025-02-10")!)
    }

    @Test("Lays the file out like the shipped ones: schema line, then keys in the documented order")
    func layout() throws {
        let text = String(decoding: try EvidenceWriter.yaml(for: draft(), id: "2025-02-03-act"), as: UTF8.self)
        #expect(text == """
            # yaml-language-server: $schema=../../schemas/evidence.schema.json
            id: 2025-02-03-act
            date: 2025-02-03
            title: 'Children's Wellbeing and Schools Act 2026: Royal Assent'
            publisher: UK Parliament
            url: https://www.legislation.gov.uk/ukpga/2026/21
            kind: legislation
            owners: [DfE]
            summary: >
              Short.
            bears-on:
            - recommendation: R1
              milestone: first
              effect: progresses
            - recommendation: R2
              effect: context
            due: 2026-01-01
            recorded: 2025-02-10

            """.replacingOccurrences(of: "'Children's", with: "'Children''s"))
    }

    struct Tricky: Sendable, CustomTestStringConvertible {
        var title: String
        var testDescription: String { title }
    }

    @Test("Whatever the title and summary, the file reads back to the same text", arguments: [
        Tricky(title: "2026"), Tricky(title: "no"), Tricky(title: "- a list?"), Tricky(title: "#hashtag"),
        Tricky(title: "\"Quoted\" and 'single'"), Tricky(title: "Key: value # not a comment"), Tricky(title: "2025-01-01"),
        Tricky(title: "Ünïcödé — “curly” ‘quotes’ & more"), Tricky(title: "{braces} [brackets] *star &amp"),
    ])
    func roundTrip(_ tricky: Tricky) throws {
        let summary = "A first sentence that is long enough to be folded by the emitter at ninety-six columns. " +
            "A second one: with a colon, a #hash and 'quotes'. A third."
        let bytes = try EvidenceWriter.yaml(for: draft(title: tricky.title, summary: summary), id: "2025-02-03-x")
        let node = try YAMLParser.parse(bytes)
        guard case .mapping(let entries) = node.content else { Issue.record("not a mapping"); return }
        let values = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(values["title"]?.scalar == tricky.title)
        #expect(values["summary"]?.scalar?.trimmingWhitespace == summary)
        #expect(EvidenceWriter.textStyle(tricky.title) == EvidenceWriter.textStyle(tricky.title))
        if ["2026", "no", "2025-01-01"].contains(tricky.title) {
            #expect(String(decoding: bytes, as: UTF8.self).contains("title: \"\(tricky.title)\""))
        }
    }

    @Test("Slugs: kebab-case from the title, apostrophes dropped, accents plain, cut at a hyphen", arguments: [
        ("Children's Wellbeing and Schools Act 2026 (2026 c. 21)", "childrens-wellbeing-and-schools-act-2026-2026-c-21"),
        ("Stable Homes, Built on Love", "stable-homes-built-on-love"),
        ("Café & Crèche — Über-plan", "cafe-and-creche-uber-plan"),
        ("Working Together to Safeguard Children 2023: statutory guidance for local areas and partners", "working-together-to-safeguard-children-2023-statutory"),
        ("!!!", "evidence"),
    ])
    func slug(_ title: String, _ expected: String) {
        #expect(EvidenceSlug.make(from: title) == expected)
        #expect(EvidenceSlug.make(from: title).count <= EvidenceSlug.limit)
    }

    @Test("--bears-on forms", arguments: [
        ("R6:strategy-published:progresses", Bearing(recommendation: "R6", milestone: "strategy-published", effect: .progresses)),
        ("R6:context", Bearing(recommendation: "R6", effect: .context)),
        ("R6::context", Bearing(recommendation: "R6", effect: .context)),
        ("R1:progresses:accepted", Bearing(recommendation: "R1", effect: .progresses, response: .accepted)),
        ("R1:first:achieves:noted", Bearing(recommendation: "R1", milestone: "first", effect: .achieves, response: .noted)),
        ("R6:context:", Bearing(recommendation: "R6", effect: .context)),
    ])
    func bearing(_ text: String, _ expected: Bearing) throws {
        #expect(try Bearing(parsing: text) == expected)
    }

    @Test("Bad --bears-on forms say how to write one", arguments: [
        ("R6", "is not a bears-on entry"), ("R6:first:progreses", "Did you mean 'progresses'?"),
        ("R6:first:progresses:maybe", "only a response verdict"), (":context", "is not a bears-on entry"),
        ("R1:joint-review-of-need", "names no effect (progresses, achieves, sets-back, rejects or context). Write RECOMMENDATION"),
    ])
    func badBearing(_ text: String, _ message: String) {
        #expect { try Bearing(parsing: text) } throws: { "\($0)".contains(message) }
    }
}
