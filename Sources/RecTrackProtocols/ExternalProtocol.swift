import FoundationEssentials
import RecTrackCore

/// `external`: an executable from an allowed plugins folder assesses the recommendation.
public struct ExternalProtocol: AssessmentProtocol {
    public static let description = ProtocolDescription(
        id: "external",
        summary: "An executable in the tracker's Plugins/ folder (or one allowed with --allow-plugins) assesses it from JSON.",
        discussion: """
        rectrack runs the plugin without a shell, with a minimal environment, writes a request to its stdin \
        (schemas/external-plugin-request.schema.json: the recommendation, the date, the parameters as text, and \
        the evidence bearing on it) and reads an assessment from its stdout \
        (schemas/external-plugin-response.schema.json: progress 0–100, optionally `met`, the share fully finished, \
        which the status follows; a headline; rationale sentences citing evidence ids; warnings; no other key). Without \
        `met` nothing counts as finished until progress is 100; with it, everything is finished only when `met` is 100. \
        Each sentence, headline and warning is shown on one line. A plugin that fails, hangs past its timeout, writes \
        more than 1 MiB or writes bad JSON leaves its recommendation not assessed, with the reason and no progress; \
        every other recommendation is still assessed.
        """,
        parameters: [
            ParameterDescription("command", .fileName, "The executable's file name inside an allowed plugins folder (no folders, no '..')."),
            ParameterDescription("timeout", .seconds(maximum: 300), default: "10", "How long it may run."),
            ParameterDescription("parameters", .anyMapping, default: "{}", "Passed to the plugin as JSON; every value arrives as text."),
        ],
        examples: [])

    /// The executable's file name.
    public let command: String
    /// Seconds it may run.
    public let timeout: Double
    /// Parameters passed through, as JSON.
    public let parameters: JSONValue

    public init?(reading parameters: inout MappingReader, context: ProtocolParsingContext) {
        let sink = context.sink
        let command = parameters.required("command", ValueReader.text)
        let timeout = parameters.optional("timeout", ValueReader.positiveNumber) ?? 10
        let passed = parameters.optional("parameters", ValueReader.any)
        if let command, command.contains("/") || command.hasPrefix(".") || command.contains("\\") {
            sink.report(.pluginCommandNotPlain, "'command' must be a plain file name inside the plugins folder, found '\(command)'", at: parameters.location(of: "command"))
            return nil
        }
        if timeout > 300 {
            sink.report(.pluginTimeoutTooLong, "'timeout' may be at most 300 seconds, found \(NumberText.format(timeout))", at: parameters.location(of: "timeout"))
            return nil
        }
        if let passed, case .mapping = passed.content {} else if let passed {
            sink.report(.pluginParametersNotMapping, "'parameters' must be a mapping, found \(passed.shapeDescription)", at: passed.location)
            return nil
        }
        guard let command else { return nil }
        self.command = command
        self.timeout = timeout
        self.parameters = passed.map(JSONValue.init(node:)) ?? .object([:])
    }

    public func assess(_ input: AssessmentInput) -> ProtocolOutcome {
        let executable: String
        switch PluginRunner.locate(command, in: input.environment.pluginDirectories, trackerRoot: input.environment.root) {
        case .failure(let failure): return fail(failure.message)
        case .success(let path): executable = path
        }
        let request = ExternalRequest(input: input, parameters: parameters)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let body = try? encoder.encode(request) else { return fail("the request could not be encoded") }
        switch PluginRunner.run(executable, input: body, timeout: timeout) {
        case .failure(let failure):
            return fail(failure.message)
        case .success(let output):
            if let repeated = JSONKeyCheck.repeatedKey(in: output) {
                return fail("the plugin's output gives the \(repeated); each key must appear once")
            }
            guard let response = try? JSONDecoder().decode(ExternalResponse.self, from: output) else {
                return fail("the plugin's output is not a valid assessment (see schemas/external-plugin-response.schema.json)")
            }
            // A decoder skips keys it does not know, so a misspelt 'met' would silently leave nothing finished.
            if let unknown = ExternalResponse.unknownKey(in: output) {
                return fail("the plugin's output has the key '\(SafeText.escaped(unknown))', which schemas/external-plugin-response.schema.json does not allow")
            }
            guard response.progress.isFinite, (0...100).contains(response.progress) else {
                return fail("the plugin's progress \(response.progress) is not between 0 and 100")
            }
            let texts = response.rationale.map(\.text) + [response.headline].compactMap { $0 } + (response.warnings ?? [])
            if let character = texts.lazy.compactMap(SafeText.forbiddenCharacter).first {
                return fail("the plugin's output holds \(character), a control character or bidirectional control; it would reach terminals and pages")
            }
            if response.rationale.contains(where: { $0.text.trimmingWhitespace.isEmpty }) || response.headline.map({ $0.trimmingWhitespace.isEmpty }) == true {
                return fail("the plugin's output has a rationale sentence or headline that is empty or only spaces")
            }
            let known = Set(input.evidence.map { $0.id })
            // Each text is one line where it is shown: a line break in a plugin's words would print a line of its own
            // (a forged status or warning), so it is joined; an id it cites is quoted with every control escaped.
            var warnings = (response.warnings ?? []).map { "plugin '\(command)': \(LineBreaks.joined($0))" }
            let rationale = response.rationale.map { sentence in
                let unknown = sentence.evidence.filter { !known.contains($0) }
                if !unknown.isEmpty {
                    warnings.append("plugin '\(command)' cites unknown evidence: \(unknown.map(SafeText.escaped).joined(separator: ", "))")
                }
                return RationaleSentence(LineBreaks.joined(sentence.text), evidence: sentence.evidence.filter { known.contains($0) })
            }
            if let met = response.met, !(met.isFinite && (0...response.progress).contains(met)) {
                return fail("the plugin's 'met' \(met) is not between 0 and its progress \(response.progress)")
            }
            // Without `met`, a plugin has finished nothing until it reports 100; with it, `met` says what is finished,
            // so progress 100 with met 0 is all moved and nothing done, never implemented.
            let allMet = response.progress == 100 && (response.met ?? 100) == 100
            let completion = Completion(metShare: allMet ? 1 : (response.met ?? 0) / 100, allMet: allMet)
            return ProtocolOutcome(progress: response.progress / 100, completion: completion, headline: response.headline.map(LineBreaks.joined),
                                   rationale: rationale, warnings: warnings)
        }
    }

    private func fail(_ message: String) -> ProtocolOutcome {
        ProtocolOutcome(progress: nil, failure: "external plugin '\(command)': \(message)")
    }
}

/// What an external plugin reads on stdin.
struct ExternalRequest: Encodable {
    struct RecommendationInfo: Encodable {
        var id: String, number: Int, title: String, text: String, owners: [String]
    }
    struct ObservationInfo: Encodable {
        var metric: String, period: String, value: Double
    }
    struct EvidenceInfo: Encodable {
        var id: String, date: String, kind: String, title: String, publisher: String, url: String?
        var effect: String, milestone: String?, note: String?, observations: [ObservationInfo]?
    }

    var recommendation: RecommendationInfo
    var asOf: String
    var parameters: JSONValue
    var evidence: [EvidenceInfo]

    init(input: AssessmentInput, parameters: JSONValue) {
        let r = input.recommendation
        recommendation = RecommendationInfo(id: r.id, number: r.number, title: r.title, text: r.text, owners: r.owners)
        asOf = input.asOf.description
        self.parameters = parameters
        evidence = input.bearings.map { pair in
            let (item, bearing) = (pair.evidence, pair.bearing)
            return EvidenceInfo(id: item.id, date: item.date.description, kind: item.kind.rawValue, title: item.title,
                                publisher: item.publisher, url: item.url, effect: bearing.effect.rawValue, milestone: bearing.milestone,
                                note: bearing.note,
                                observations: item.observations.isEmpty ? nil : item.observations.map {
                                    ObservationInfo(metric: $0.metric, period: $0.period.description, value: $0.value)
                                })
        }
    }
}

/// What an external plugin writes on stdout.
struct ExternalResponse: Decodable {
    struct Sentence: Decodable {
        var text: String
        var evidence: [String]
    }
    var progress: Double
    var met: Double?
    var rationale: [Sentence]
    var headline: String?
    var warnings: [String]?

    /// The keys the schema allows, at the top and in each rationale sentence.
    private static let keys: Set<String> = ["progress", "met", "rationale", "headline", "warnings"]
    private static let sentenceKeys: Set<String> = ["text", "evidence"]

    /// The first key of `output` the schema does not allow ("mett", or "rationale: txt"), or nil.
    static func unknownKey(in output: Data) -> String? {
        guard let names = try? JSONDecoder().decode(KeyNames.self, from: output) else { return nil }
        if let key = names.keys.sorted().first(where: { !keys.contains($0) }) { return key }
        for sentence in names.rationale {
            if let key = sentence.keys.sorted().first(where: { !sentenceKeys.contains($0) }) { return "rationale: \(key)" }
        }
        return nil
    }

    /// The key names of an object, and of each object in its `rationale`.
    private struct KeyNames: Decodable {
        struct Name: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
        struct Sentence: Decodable {
            let keys: [String]
            init(from decoder: any Decoder) throws { keys = try decoder.container(keyedBy: Name.self).allKeys.map(\.stringValue) }
        }
        let keys: [String]
        let rationale: [Sentence]

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Name.self)
            keys = container.allKeys.map(\.stringValue)
            rationale = (try? container.decode([Sentence].self, forKey: Name(stringValue: "rationale"))) ?? []
        }
    }
}

/// A JSON value built from YAML without guessing types: every scalar is text.
public enum JSONValue: Sendable, Encodable, Hashable {
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    /// Converts a YAML node; scalars stay text.
    public init(node: YAMLNode) {
        switch node.content {
        case .scalar(let text, _): self = node.isNull ? .null : .string(text)
        case .sequence(let items): self = .array(items.map(JSONValue.init(node:)))
        case .mapping(let entries): self = .object(Dictionary(entries.map { ($0.key, JSONValue(node: $0.value)) }, uniquingKeysWith: { a, _ in a }))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .array(let items): try container.encode(items)
        case .object(let members): try container.encode(members)
        case .null: try container.encodeNil()
        }
    }
}
