import Foundation
import Testing
import RecTrackCore
import RecTrackProtocols
import RecTrackTestSupport

@Suite("The protocol registry")
struct RegistryTests {
    @Test("no two kinds share an id, and ids are kebab-case")
    func uniqueIDs() {
        let ids = BuiltinProtocols.registry.ids
        #expect(Set(ids).count == ids.count)
        for id in ids { #expect(Identifier.isKebabCase(id), "\(id) is not kebab-case") }
    }

    @Test("the registry is sorted by id")
    func sorted() {
        #expect(BuiltinProtocols.kinds.map { $0.description.id } == BuiltinProtocols.registry.ids)
    }

    @Test("every AssessmentProtocol type in RecTrackProtocols is registered")
    func complete() throws {
        let sources = Fixtures.inPackage("Sources/RecTrackProtocols")
        var declared: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: sources.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains(": AssessmentProtocol") && line.contains("struct ") {
                let afterStruct = line.components(separatedBy: "struct ")[1]
                declared.append(String(afterStruct.prefix { $0.isLetter || $0.isNumber }))
            }
        }
        let registered = BuiltinProtocols.kinds.map { String(describing: $0) }
        #expect(!declared.isEmpty)
        #expect(Set(declared) == Set(registered), "declared \(declared.sorted()) but registered \(registered.sorted())")
    }

    @Test("every kind documents itself")
    func documented() {
        for kind in BuiltinProtocols.kinds {
            let d = kind.description
            #expect(!d.summary.isEmpty && !d.discussion.isEmpty, "\(d.id) lacks a summary or discussion")
            if d.id != "external" && d.id != "response" {
                #expect(!d.examples.isEmpty, "\(d.id) has no example")
            }
        }
    }

    @Test("the recommendation schema names exactly the registry's kinds, and every $ref in it resolves")
    func schemaKinds() throws {
        let url = Fixtures.inPackage("schemas/recommendation.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let definitions = try #require(schema["$defs"] as? [String: Any])
        let dispatcher = try #require(definitions["protocol"] as? [String: Any])
        let kindProperty = try #require((dispatcher["properties"] as? [String: Any])?["kind"] as? [String: Any])
        let ids = BuiltinProtocols.registry.ids
        #expect(kindProperty["enum"] as? [String] == ids, "the schema's kinds are not the registry's: run make docs")
        let perKind = definitions.keys.filter { $0.hasPrefix("protocol-kind-") }.map { String($0.dropFirst("protocol-kind-".count)) }
        #expect(perKind.sorted() == ids, "the schema defines parameters for \(perKind.sorted()), the registry has \(ids): run make docs")
        let text = try String(contentsOf: url, encoding: .utf8)
        for match in text.matches(of: /"\$ref": "#\/\$defs\/([^"]+)"/) {
            #expect(definitions[String(match.output.1)] != nil, "$ref to a missing definition: \(match.output.1)")
        }
    }

    @Test("an unknown kind gets a suggestion")
    func unknownKind() {
        let result = ExampleTracker.load(protocol: "kind: milestone\nmilestones: [{id: a, title: A}]", evidence: [])
        #expect(result.diagnostics.diagnostics.map(\.message) == ["unknown protocol kind 'milestone'. Did you mean 'milestones'?"])
    }
}

/// One example of one kind, for the generic test.
struct ProtocolExampleCase: CustomTestStringConvertible, Sendable {
    let kind: String
    let example: ProtocolExample
    var testDescription: String { "\(kind): \(example.title)" }

    static let all: [ProtocolExampleCase] = BuiltinProtocols.kinds.flatMap { kind in
        kind.description.examples.map { ProtocolExampleCase(kind: kind.description.id, example: $0) }
    }
}

@Suite("Protocol examples")
struct ProtocolExampleTests {
    @Test("every kind's examples yield the status they promise", arguments: ProtocolExampleCase.all)
    func example(_ item: ProtocolExampleCase) throws {
        let result = ExampleTracker.load(protocol: item.example.protocolYAML, evidence: item.example.evidence)
        // An example may show an `achieves` its milestone's terms do not allow; validate explains it, as a warning.
        let unexpected = result.diagnostics.diagnostics.filter { !($0.severity == .warning && $0.message.contains("so it counts only as progress")) }
        #expect(unexpected.isEmpty, "\(unexpected.map(\.formatted))")
        let tracker = try #require(result.tracker)
        let recommendation = try #require(tracker.recommendation("R1"))
        let assessment = Evaluator(tracker: tracker).assess(recommendation, asOf: item.example.asOf)
        #expect(assessment.status == item.example.expectedStatus)
        if let progress = item.example.expectedProgress {
            #expect(assessment.progress == progress)
        }
        // The same moment as the earlier side of a trend, assessed for its verdict alone, says the same.
        let later = Evaluator(tracker: tracker).assess(recommendation, asOf: item.example.asOf.adding(days: 1), comparedWith: item.example.asOf)
        #expect(later.trend?.previousStatus == assessment.status)
        #expect(later.trend?.previousProgress == assessment.progress)
    }

    @Test("there are examples for at least five kinds")
    func coverage() {
        #expect(Set(ProtocolExampleCase.all.map(\.kind)).count >= 5)
    }
}

/// Checks each kind's parser against its parameter descriptions, from which the schema and the reference are made:
/// a value built from the description must parse cleanly, and every way of breaking it that the description rules
/// out (a required key left out, an unknown key, a value of the wrong shape or out of range) must be refused.
@Suite("Parameter descriptions match the parsers")
struct ParameterDescriptionTests {
    static let ids = BuiltinProtocols.kinds.map { $0.description.id }

    @Test("the parser reads exactly the keys its description lists", arguments: ids)
    func declaredKeys(_ id: String) throws {
        let kind = try #require(BuiltinProtocols.registry.kind(id))
        let sink = DiagnosticSink(path: "Recommendations/R01.yaml")
        var reader = MappingReader(try YAMLParser.parse(Array("kind: \(id)\n".utf8)), entity: "the protocol", sink: sink)
        reader.declare("kind")
        // Parsers read every key before giving up on any, or finish() would call a present key unknown.
        _ = kind.init(reading: &reader, context: ProtocolParsingContext(registry: BuiltinProtocols.registry, metrics: MetricCatalog([]), sink: sink))
        #expect(reader.declaredKeys.dropFirst().sorted() == kind.description.parameters.map(\.name).sorted())
    }

    @Test("a value built from the description parses, and every break of it is refused", arguments: ids)
    func samples(_ id: String) throws {
        let parameters = try #require(BuiltinProtocols.registry.kind(id)).description.parameters
        var numbers = 1
        let sample = Sample.mapping([("kind", .scalar(id))] + parameters.map { ($0.name, Sample.valid($0.kind, numbers: &numbers)) })
        // The sample names evidence (a deadline's commitment) by this id; the tracker must have it.
        let evidence = [ExampleTracker.evidence("2017-03-21-example", effect: "context")]
        let clean = ExampleTracker.load(protocol: sample.block, evidence: evidence)
        #expect(clean.diagnostics.diagnostics.isEmpty, "\(sample.block)\n\(clean.diagnostics.diagnostics.map(\.formatted))")
        let fields = [ParameterDescription("kind", .text, "")] + parameters
        let broken = Sample.variants(of: sample, fields: fields, at: "", refused: true)
        #expect(broken.count > parameters.count)
        for (label, value) in broken {
            let result = ExampleTracker.load(protocol: value.block, evidence: evidence)
            #expect(result.diagnostics.hasErrors, "\(id) accepted \(label):\n\(value.block)")
        }
        for (label, value) in Sample.variants(of: sample, fields: fields, at: "", refused: false) {
            let result = ExampleTracker.load(protocol: value.block, evidence: evidence)
            #expect(result.diagnostics.diagnostics.isEmpty, "\(id) refused \(label):\n\(value.block)\n\(result.diagnostics.diagnostics.map(\.formatted))")
        }
    }
}

/// A YAML value made from a ``ParameterKind``, written in flow style.
indirect enum Sample {
    case scalar(String)
    case list([Sample])
    case mapping([(String, Sample)])

    /// Flow style: `{a: 1, b: [x]}`.
    var flow: String {
        switch self {
        case .scalar(let text): return text
        case .list(let items): return "[" + items.map(\.flow).joined(separator: ", ") + "]"
        case .mapping(let entries): return "{" + entries.map { "\($0.0): \($0.1.flow)" }.joined(separator: ", ") + "}"
        }
    }

    /// A top-level mapping as `key: value` lines.
    var block: String {
        guard case .mapping(let entries) = self else { return flow }
        return entries.map { "\($0.0): \($0.1.flow)" }.joined(separator: "\n")
    }

    /// A value the kind accepts; numbers count up, so that a baseline (read first) is below a target.
    static func valid(_ kind: ParameterKind, numbers: inout Int) -> Sample {
        switch kind {
        case .text: return .scalar("Example text")
        case .identifier: return .scalar("example-id")
        case .reference("owner"):
            return .scalar("DfE")  // ExampleTracker's owner
        case .reference("evidence"):
            return .scalar("2017-03-21-example")  // the evidence `samples` loads with the recommendation
        case .reference(let entity):
            #expect(entity == "metric", "no sample for a \(entity) id")
            return .scalar("turnover-rate")  // ExampleTracker's metric
        case .number(.between(let lower, let upper)): return .scalar(NumberText.format((lower + upper) / 2))
        case .number, .seconds:
            defer { numbers += 1 }
            return .scalar(String(numbers))
        case .date: return .scalar("2017-03-21")
        case .partialDate: return .scalar("2017-03")
        case .choice(let values): return .scalar(values[0])
        case .evidenceKind: return .scalar(EvidenceKind.allCases.first { !$0.isClaimOnly }!.rawValue)
        case .list(let item, _): return .list([valid(item, numbers: &numbers)])
        case .mapping(let fields): return .mapping(fields.map { ($0.name, valid($0.kind, numbers: &numbers)) })
        case .protocolPart: return .mapping([("kind", .scalar("response"))])
        case .fileName: return .scalar("example-plugin")
        case .anyMapping: return .mapping([])
        }
    }

    /// Values the kind refuses.
    static func invalid(_ kind: ParameterKind) -> [Sample] {
        let notAScalar = Sample.mapping([("wrong", .scalar("shape"))])
        switch kind {
        case .text: return [notAScalar, .scalar("''")]
        case .identifier: return [notAScalar, .scalar("Not-Kebab")]
        case .reference: return [notAScalar, .scalar("no-such-thing")]
        case .number(.any): return [notAScalar, .scalar("many")]
        case .number(.positive): return [notAScalar, .scalar("0")]
        case .number(.between(let lower, let upper)): return [notAScalar, .scalar(NumberText.format(lower - 1)), .scalar(NumberText.format(upper + 1))]
        case .seconds(let maximum): return [notAScalar, .scalar("0"), .scalar(NumberText.format(maximum + 1))]
        case .date: return [notAScalar, .scalar("2017-02-30")]
        case .partialDate: return [notAScalar, .scalar("2017-13"), .scalar("late 2027")]
        case .choice: return [notAScalar, .scalar("no-such-choice")]
        case .evidenceKind: return [notAScalar, .scalar("rumour")]
        case .list, .mapping, .protocolPart, .anyMapping: return [.scalar("x")]
        case .fileName: return [notAScalar, .scalar("../example"), .scalar(".hidden")]
        }
    }

    /// Copies of `value` (a mapping of `fields`), labelled with what was changed: with `refused`, every copy the
    /// description rules out (a required key left out, an unknown key, a bad value); otherwise every copy it allows
    /// (an optional key left out).
    static func variants(of value: Sample, fields: [ParameterDescription], at path: String, refused: Bool) -> [(String, Sample)] {
        guard case .mapping(let entries) = value else { return [] }
        var out: [(String, Sample)] = refused ? [("an unknown key in \(path.isEmpty ? "the protocol" : path)", .mapping(entries + [("no-such-key", .scalar("1"))]))] : []
        for (index, field) in fields.enumerated() where field.name != "kind" {
            let here = path.isEmpty ? field.name : "\(path).\(field.name)"
            func replacing(_ new: Sample?) -> Sample {
                var copy = entries
                if let new { copy[index].1 = new } else { copy.remove(at: index) }
                return .mapping(copy)
            }
            if field.isRequired == refused { out.append(("\(here) left out", replacing(nil))) }
            if refused { out += invalid(field.kind).map { ("\(here): \($0.flow)", replacing($0)) } }
            switch (field.kind, entries[index].1) {
            case (.mapping(let inner), let nested):
                out += variants(of: nested, fields: inner, at: here, refused: refused).map { ($0.0, replacing($0.1)) }
            case (.list(.mapping(let inner), _), .list(let items)):
                out += variants(of: items[0], fields: inner, at: here + "[0]", refused: refused).map { ($0.0, replacing(.list([$0.1]))) }
            default:
                break
            }
        }
        return out
    }
}
