/// The formats `rectrack show` can write.
public enum ShowFormat: String, OutputFormat {
    /// The formats; ``summary`` says what each is for.
    case text, json

    /// One line on what the format is for, shown in `--help`.
    public var summary: String {
        switch self {
        case .text: return "The recommendation in full, for a terminal."
        case .json: return "Its assessment, for programs (schemas/assessment.schema.json)."
        }
    }

    /// The usual file name extension of output in this format.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .json: return "json"
        }
    }
}
