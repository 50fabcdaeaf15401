/// The formats `rectrack protocols` can write.
public enum ProtocolReferenceFormat: String, OutputFormat {
    /// The formats; ``summary`` says what each is for.
    case text, markdown
    /// The schema, for editors and check-jsonschema.
    case jsonSchema = "json-schema"

    /// One line on what the format is for, shown in `--help`.
    public var summary: String {
        switch self {
        case .text: return "Each kind with its parameters and an example."
        case .markdown: return "The full reference with worked examples (docs/protocols.md)."
        case .jsonSchema: return "The JSON Schema of each kind's parameters (the protocol part of schemas/recommendation.schema.json)."
        }
    }

    /// The usual file name extension of output in this format.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .markdown: return "md"
        case .jsonSchema: return "json"
        }
    }
}
