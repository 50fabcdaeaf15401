import RecTrackCore

/// The JSON Schema of the `protocol:` mapping of recommendation files, made from each kind's own
/// description (`rectrack protocols --format json-schema`).
///
/// It writes the `$defs` whose names start with `protocol`; `make docs` puts them into
/// `schemas/recommendation.schema.json` in place of the old ones, and a test checks that the file is
/// current. The definitions it refers to and does not write (`kebab-id`, `owner-id`, `date`, `evidence-kind`)
/// are the hand-written part of that file.
public enum ProtocolSchemaRenderer {
    /// The prefix of every `$defs` name this renderer writes: those are the generated part of the schema.
    public static let prefix = "protocol"

    /// `{"$defs": {…}}` as JSON, sorted, with a final newline.
    public static func json(_ registry: ProtocolRegistry) -> String {
        JSONOutput.encode(JSONTree.object(["$defs": .object(definitions(registry))]))
    }

    /// The generated `$defs`, by name.
    public static func definitions(_ registry: ProtocolRegistry) -> [String: JSONTree] {
        let ids = registry.ids
        var definitions: [String: JSONTree] = [
            prefix: [
                "title": "Protocol",
                "description": .string("How the recommendation is assessed: `kind:` (\(ids.joined(separator: ", "))) and that kind's parameters."),
                "type": "object",
                "required": ["kind"],
                "properties": ["kind": [
                    "title": "Protocol kind",
                    "description": .string("One of \(ids.joined(separator: ", "))."),
                    "type": "string",
                    "enum": .array(ids.map(JSONTree.string)),
                ]],
                "allOf": .array(ids.map { id in
                    ["if": ["properties": ["kind": ["const": .string(id)]], "required": ["kind"]],
                     "then": ["$ref": reference(kindDefinition(id))]]
                }),
            ],
            "\(prefix)-top": [
                "title": "Protocol",
                "description": .string("The recommendation's own protocol: any kind, without `\(ProtocolRegistry.partWeight.name):`."),
                "$ref": reference(prefix),
                "properties": [ProtocolRegistry.partWeight.name: [
                    "description": .string("\(ProtocolRegistry.partWeight.name) is only allowed on a part of all-of or any-of"),
                    "not": [:],
                ]],
            ],
            "\(prefix)-part": [
                "title": "Part",
                "description": .string("A protocol within all-of or any-of; it may take `\(ProtocolRegistry.partWeight.name):`."),
                "$ref": reference(prefix),
            ],
        ]
        for kind in registry.kinds {
            let description = kind.description
            var mapping = schema(of: .mapping([ProtocolRegistry.partWeight] + description.parameters))
            mapping = mapping.merging([
                "title": .string("\(description.id) protocol"),
                "description": .string(description.summary),
                "required": .array((["kind"] + description.parameters.filter(\.isRequired).map(\.name)).map(JSONTree.string)),
            ])
            if case .object(var members) = mapping, case .object(var properties)? = members["properties"] {
                properties["kind"] = ["title": "Protocol kind", "description": .string("\(description.id): \(description.summary)"),
                                      "const": .string(description.id)]
                members["properties"] = .object(properties)
                mapping = .object(members)
            }
            definitions[kindDefinition(description.id)] = mapping
        }
        return definitions
    }

    /// The `$defs` name of one kind's parameters.
    public static func kindDefinition(_ id: String) -> String { "\(prefix)-kind-\(id)" }

    private static func reference(_ definition: String) -> JSONTree { .string("#/$defs/\(definition)") }

    /// The schema of a value of `kind`.
    static func schema(of kind: ParameterKind) -> JSONTree {
        switch kind {
        case .text: return ["type": "string", "minLength": 1, "pattern": "\\S"]
        case .reference("owner"): return ["$ref": reference("owner-id")]
        case .reference("evidence"): return ["type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?-[a-z0-9]+(-[a-z0-9]+)*$"]
        case .identifier, .reference: return ["$ref": reference("kebab-id")]
        case .number(.any): return ["type": "number"]
        case .number(.positive): return ["type": "number", "exclusiveMinimum": 0]
        case .number(.between(let lower, let upper)): return ["type": "number", "minimum": .number(lower), "maximum": .number(upper)]
        case .seconds(let maximum): return ["type": "number", "exclusiveMinimum": 0, "maximum": .number(maximum)]
        case .date: return ["$ref": reference("date")]
        case .partialDate: return ["$ref": reference("partial-date")]
        case .choice(let values): return ["type": "string", "enum": .array(values.map(JSONTree.string))]
        case .evidenceKind: return ["$ref": reference("evidence-kind")]
        case .list(let item, let unique):
            let list: JSONTree = ["type": "array", "items": schema(of: item), "minItems": 1]
            return unique ? list.merging(["uniqueItems": true]) : list
        case .mapping(let fields):
            var members: [String: JSONTree] = [
                "type": "object",
                "additionalProperties": false,
                "properties": .object(Dictionary(fields.map { ($0.name, property($0)) }, uniquingKeysWith: { first, _ in first })),
            ]
            let required = fields.filter(\.isRequired).map(\.name)
            if !required.isEmpty { members["required"] = .array(required.map(JSONTree.string)) }
            return .object(members)
        case .protocolPart: return ["$ref": reference("\(prefix)-part")]
        // What the kind's parser refuses: a folder, a leading dot (so '.' and '..'), a backslash.
        case .fileName: return ["type": "string", "minLength": 1, "pattern": "^[^./\\\\][^/\\\\]*$"]
        case .anyMapping: return ["type": "object"]
        }
    }

    /// One key of a mapping: its value's schema with a title, its summary and its default.
    private static func property(_ parameter: ParameterDescription) -> JSONTree {
        var extra: [String: JSONTree] = ["title": .string(title(parameter.name)), "description": .string(parameter.summary)]
        if let text = parameter.defaultValue {
            switch parameter.kind {
            case .number, .seconds: extra["default"] = Double(text).map(JSONTree.number) ?? .string(text)
            case .anyMapping: extra["default"] = [:]
            default: extra["default"] = .string(text)
            }
        }
        return schema(of: parameter.kind).merging(extra)
    }

    /// "partial-credit" → "Partial credit".
    private static func title(_ key: String) -> String {
        let words = key.replacing("-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
