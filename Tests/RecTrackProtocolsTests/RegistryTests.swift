import Foundation
import Testing
import RecTrackCore
import RecTrackProtocols

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
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/RecTrackProtocols")
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
        #expect(result.diagnostics.diagnostics.isEmpty, "\(result.diagnostics.diagnostics.map(\.formatted))")
        let tracker = try #require(result.tracker)
        let recommendation = try #require(tracker.recommendation("R1"))
        let assessment = Evaluator(tracker: tracker).assess(recommendation, asOf: item.example.asOf)
        #expect(assessment.status == item.example.expectedStatus)
        if let progress = item.example.expectedProgress {
            #expect(assessment.progress == progress)
        }
    }

    @Test("there are examples for at least five kinds")
    func coverage() {
        #expect(Set(ProtocolExampleCase.all.map(\.kind)).count >= 5)
    }
}
