import Foundation
import RecTrackCore
import RecTrackProtocols
import RecTrackReports
import RecTrackTestSupport
import Testing

/// For any text in any text field of the tracker (#20): either loading refuses it with a located diagnostic, or no
/// output carries a control character (other than line feed and tab) or a bidirectional control, and every page
/// parses with only the elements the template makes.
@Suite("Hostile text in any field never reaches an output raw")
struct HostileTextPropertyTests {
    /// A text field of the base tracker: the file, the line it is on, and that line with the text put in.
    struct Field: Sendable {
        var path: String
        var line: String
        var replacement: @Sendable (String) -> String
    }

    static let evidence = "Evidence/2020/2020-01-15-strategy-published.yaml"
    static let statistics = "Evidence/2021/2021-02-25-workforce-statistics.yaml"

    static let fields: [Field] = [
        Field(path: evidence, line: "title: Workforce strategy") { "title: \($0)" },
        Field(path: evidence, line: "publisher: Department for Education") { "publisher: \($0)" },
        Field(path: evidence, line: "summary: The department published a workforce strategy.") { "summary: \($0)" },
        Field(path: evidence, line: "    effect: achieves") { "    effect: achieves\n    note: \($0)" },
        Field(path: evidence, line: "kind: guidance") { "kind: guidance\nurl: https://www.gov.uk/strategy\nreported-by: \($0)" },
        Field(path: statistics, line: "title: Children's social work workforce 2020") { "title: \($0)" },
        Field(path: statistics, line: "summary: Official figures for the workforce at 30 September 2020.") { "summary: \($0)" },
        Field(path: statistics, line: "  - {metric: turnover-rate, period: 2020-09-30, value: 13.5, unit: percent}") {
            "  - {metric: turnover-rate, period: 2020-09-30, value: 13.5, unit: percent, note: \($0)}"
        },
        Field(path: "Recommendations/R01.yaml", line: "title: Reduce churn") { "title: \($0)" },
        Field(path: "Recommendations/R01.yaml", line: "text: The department should develop a strategy to reduce churn.") { "text: \($0)" },
        Field(path: "Recommendations/R01.yaml", line: "theme: Stability") { "theme: \($0)" },
        Field(path: "Recommendations/R01.yaml", line: "          title: A strategy is published") { "          title: \($0)" },
        Field(path: "Recommendations/R02.yaml", line: "title: Fewer children in care") { "title: \($0)" },
        Field(path: "Recommendations/report.yaml", line: "title: A Test Report") { "title: \($0)" },
        Field(path: "Recommendations/report.yaml", line: "publisher: A Test Committee") { "publisher: \($0)" },
        Field(path: "Recommendations/metrics.yaml", line: "    title: Social worker turnover rate") { "    title: \($0)" },
        Field(path: "Recommendations/owners.yaml", line: "    name: Department for Education") { "    name: \($0)" },
    ]

    /// Pieces the generated text is made of: controls of every kind, bidirectional and invisible characters, markup,
    /// quotes, and the metacharacters of Markdown, CSV, JSON and YAML, among ordinary words.
    static let pieces: [String] = {
        var pieces = ["<script>alert(1)</script>", "</p><h1>", "<!--", "-->", "]]>", "&amp;", "&", "\"", "'", "`", "<", ">",
                      "|", "*", "_", "[x](javascript:alert(1))", "#", "=SUM(A1)", "+1", "-1", "@cmd", ",", ";", "\\", "{", "}",
                      "\n", "\t", "\r\n", " ", "  ", "word", "Strategy", "é", "e\u{301}", "中文", "😀", "\u{FEFF}", "\u{200B}",
                      "\u{2028}", "\u{2029}", "\u{00A0}", "\u{FFFD}", "- item", "1. item", "> quote", "---", "%s", "${x}"]
        pieces += (0x00...0x1F).map { String(UnicodeScalar(UInt8($0))) }
        pieces += (0x7F...0x9F).map { String(Character(UnicodeScalar($0)!)) }
        pieces += [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
            .map { String(Character(UnicodeScalar($0)!)) }
        pieces.append("\u{1B}]52;c;aGk=\u{07}")
        pieces.append("\u{1B}[31mred\u{1B}[0m")
        return pieces
    }()

    /// The pieces that loading accepts (markup, quotes, metacharacters, text), so that half the cases reach the outputs.
    static let acceptedPieces = pieces.filter { forbidden(in: $0) == nil && $0 != "\u{FEFF}" }

    /// Random text of 1 to 6 pieces: in half the cases only pieces that loading accepts.
    static func text(_ random: inout XorShiftRandom) -> String {
        let from = Bool.random(using: &random) ? acceptedPieces : pieces
        return (0..<Int.random(in: 1...6, using: &random)).map { _ in from.randomElement(using: &random)! }.joined()
    }

    /// `text` as a YAML double-quoted scalar: printable ASCII as is, the rest as escapes, or (one time in three)
    /// raw, so that both the file check and the value check are reached.
    static func quoted(_ text: String, raw: Bool) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case " "..."~": out.unicodeScalars.append(scalar)
            default:
                if raw && scalar != "\n" && scalar != "\r" {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += scalar.value <= 0xFFFF ? "\\u" + hex(scalar.value, 4) : "\\U" + hex(scalar.value, 8)
                }
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32, _ width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The first character in `text` that no output may hold, as U+XXXX, or nil.
    static func forbidden(in text: String) -> String? {
        let bidi: Set<UInt32> = [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value) || bidi.contains(value) {
                return "U+" + hex(value, 4)
            }
        }
        return nil
    }

    static func baseFiles() throws -> [String: String] {
        let base = Fixtures.baseTracker
        var files: [String: String] = [:]
        for relative in FileManager.default.enumerator(atPath: base.path)?.allObjects as? [String] ?? [] where relative.hasSuffix(".yaml") {
            files[relative] = try String(contentsOf: base.appendingPathComponent(relative), encoding: .utf8)
        }
        guard files.count >= 7 else { throw TestSetupError("the base tracker was not found at \(base.path)") }
        return files
    }

    static func load(_ files: [String: String]) -> LoadResult {
        TrackerLoader(registry: BuiltinProtocols.registry, today: FixedToday.day).load(files: files.mapValues { Array($0.utf8) })
    }

    /// Every output rectrack makes of a loaded tracker, by a name for messages: status, show, the site, the brief,
    /// the quarterly check, and the diagnostics, in every format.
    static func outputs(of result: LoadResult) throws -> [(String, String)] {
        var outputs: [(String, String)] = []
        for format in DiagnosticsFormat.allCases {
            outputs.append(("validate \(format)", DiagnosticsRenderer.render(result.diagnostics, fileCount: result.fileCount, format: format)))
        }
        guard let tracker = result.tracker, !result.diagnostics.hasErrors else { return outputs }
        let data = Evaluator(tracker: tracker).evaluate(asOf: FixedToday.day, knownAt: nil, comparedWith: Evaluator.defaultComparison(for: FixedToday.day))
        let assessments = data.entries.map(\.assessment)
        for format in StatusFormat.allCases {
            outputs.append(("status \(format)", StatusRenderer(tracker: tracker, assessments: assessments, asOf: FixedToday.day, knownAt: nil).render(format)))
        }
        let evidence = RecommendationView.evidenceByID(tracker)
        for entry in data.entries {
            let view = RecommendationView(entry, in: tracker, evidenceByID: evidence)
            outputs.append(("show \(entry.recommendation.id) text", ShowRenderer(view).render()))
            outputs.append(("show \(entry.recommendation.id) json", JSONOutput.encode(view)))
        }
        // Two snapshots either side of the base tracker's evidence, so that the feeds have entries to escape.
        let evaluator = Evaluator(tracker: tracker)
        let snapshots = [Quarter("2019Q4")!, Quarter(containing: FixedToday.day).previous].map { quarter in
            Snapshot(quarter: quarter, tracker: tracker, assessments: evaluator.assessAll(asOf: quarter.lastDay),
                     digests: result.digests, gitCommit: nil, comparedWith: nil)
        }
        for file in try SiteRenderer(data, published: snapshots).render() { outputs.append(("site \(file.path)", file.contents)) }
        outputs.append(("brief", BriefRenderer(data).render()))
        let folder = try TemporaryFolder()
        let store = SnapshotStore(root: folder.path)
        let check = QuarterlyCheck(tracker: tracker, diagnostics: result.diagnostics, digests: result.digests,
                                   quarter: Quarter(containing: FixedToday.day).previous, gitCommit: nil, failOn: [.regression, .stale, .warnings])
        // A dry run: the check reads the (empty) store and writes nothing.
        let checked = try check.run(store: store, replacing: nil, lock: nil)
        for format in CheckFormat.allCases {
            outputs.append(("check \(format)", CheckRenderer(tracker: tracker, result: checked, diagnostics: result.diagnostics).render(format)))
        }
        return outputs
    }

    /// What an XML output's markup is made of: each element name it opens or closes, or a problem (an `&` that begins no
    /// entity the escaping writes, or a `<` that begins no tag).
    static func xmlMarkup(_ text: String) -> (elements: Set<String>, problem: String?) {
        var elements: Set<String> = []
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let rest = String(String.UnicodeScalarView(scalars[(index + 1)...].prefix(12)))
            if scalar == "&", !["amp;", "lt;", "gt;", "quot;", "#39;"].contains(where: rest.hasPrefix) {
                return (elements, "an & that begins no entity: &\(rest)")
            }
            guard scalar == "<" else { continue }
            let name = String(rest.drop { $0 == "/" || $0 == "?" }.prefix { $0.isLetter || $0 == ":" })
            if name.isEmpty { return (elements, "a < that begins no tag: <\(rest)") }
            elements.insert(name)
        }
        return (elements, nil)
    }

    @Test("a few hundred random texts in random fields: refused with a location, or every output stays clean")
    func anyTextInAnyField() throws {
        let base = try Self.baseFiles()
        let baseline = try Self.outputs(of: Self.load(base))
        #expect(baseline.count > 20)
        var templateElements: Set<String> = []
        for (name, text) in baseline where name.hasSuffix(".html") {
            let reading = HTMLStructure.read(text)
            #expect(reading.problem == nil, "the unchanged \(name): \(reading.problem ?? "")")
            templateElements.formUnion(reading.elements)
        }
        #expect(templateElements.isSuperset(of: ["html", "body", "main", "table", "a"]))
        var feedElements: Set<String> = []
        for (name, text) in baseline where name.hasSuffix(".xml") {
            let markup = Self.xmlMarkup(text)
            #expect(markup.problem == nil, "the unchanged \(name): \(markup.problem ?? "")")
            feedElements.formUnion(markup.elements)
        }
        #expect(feedElements.isSuperset(of: ["feed", "entry", "content", "div", "p", "li"]), "the feeds have no entries to test")

        var random = XorShiftRandom(seed: 20)
        var refused = 0, rendered = 0
        for round in 0..<300 {
            let field = Self.fields.randomElement(using: &random)!
            let text = Self.text(&random)
            let raw = Int.random(in: 0..<3, using: &random) == 0
            var files = base
            let original = try #require(files[field.path], "no \(field.path)")
            #expect(original.contains(field.line + "\n"), "\(field.path) has no line '\(field.line)'")
            files[field.path] = original.replacingOccurrences(of: field.line + "\n", with: field.replacement(Self.quoted(text, raw: raw)) + "\n")
            let result = Self.load(files)
            let context = "round \(round): \(field.path) '\(field.line)' ← \(text.unicodeScalars.map { "U+" + Self.hex($0.value, 4) }.joined(separator: " "))"
            if result.diagnostics.hasErrors {
                refused += 1
                let errors = result.diagnostics.diagnostics.filter { $0.severity == .error }
                #expect(errors.contains { $0.path == field.path && $0.location != nil }, "\(context): refused without a location in the file: \(errors.map(\.formatted))")
            } else {
                rendered += 1
            }
            for (name, output) in try Self.outputs(of: result) {
                // CSV ends its records with CRLF (RFC 4180); a carriage return anywhere else is still caught.
                if let bad = Self.forbidden(in: name.hasSuffix(".csv") ? output.replacingOccurrences(of: "\r\n", with: "\n") : output) {
                    Issue.record("\(context): \(name) holds \(bad)")
                }
                if name.hasSuffix(".xml") {
                    let markup = Self.xmlMarkup(output)
                    #expect(markup.problem == nil, "\(context): \(name): \(markup.problem ?? "")")
                    let extra = markup.elements.subtracting(feedElements)
                    #expect(extra.isEmpty, "\(context): \(name) has elements the feed does not make: \(extra.sorted())")
                }
                guard name.hasSuffix(".html") else { continue }
                let reading = HTMLStructure.read(output)
                #expect(reading.problem == nil, "\(context): \(name): \(reading.problem ?? "")")
                let extra = reading.elements.subtracting(templateElements)
                #expect(extra.isEmpty, "\(context): \(name) has elements the template does not make: \(extra.sorted())")
            }
        }
        // Both sides of the property are reached, not only one.
        #expect(refused > 50 && rendered > 100, "refused \(refused), rendered \(rendered)")
    }
}

/// The property test's own checks catch what they are there to catch.
struct HostileTextCheckerTests {
    @Test("the output check finds each kind of forbidden character, and passes line feed, tab and ordinary text")
    func forbiddenCharacters() {
        for bad in ["a\u{1B}[31m", "\u{0}", "x\u{7F}", "\u{85}", "\u{9B}", "\u{202E}txt", "\u{2066}", "\r\n"] {
            #expect(HostileTextPropertyTests.forbidden(in: bad) != nil, "\(bad.unicodeScalars.map(\.value))")
        }
        #expect(HostileTextPropertyTests.forbidden(in: "line\n\ttab é 中文 😀 \u{A0}") == nil)
    }

    @Test("the page check finds tags out of order, a tag left open, a raw '<' in text and a stray end tag; and reads the elements")
    func pageStructure() {
        for bad in ["<p><b></p></b>", "<main><p>", "<p>1 < 2</p>", "<p></p></div>", "<a href=\"x>y</a>", "<!-- open"] {
            #expect(HTMLStructure.read(bad).problem != nil, "\(bad)")
        }
        let good = HTMLStructure.read("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>p > a {}</style></head><body><p title=\"a &lt; b\">x &amp; y<br><svg><path d=\"M0\"/></svg></p><!-- c --></body></html>")
        #expect(good.problem == nil, "\(good.problem ?? "")")
        #expect(good.elements == ["html", "head", "meta", "style", "body", "p", "br", "svg", "path"])
    }
}
