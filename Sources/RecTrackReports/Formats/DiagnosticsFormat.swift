/// The formats `rectrack validate` can write.
public enum DiagnosticsFormat: String, OutputFormat {
    /// The formats; ``summary`` says what each is for.
    case text, json, github

    /// One line on what the format is for, shown in `--help`.
    public var summary: String {
        switch self {
        case .text: return "path:line:column: error: message, like a compiler."
        case .json: return "Every diagnostic with its place, for programs."
        case .github: return "GitHub workflow annotations."
        }
    }

    /// The usual file name extension of output in this format.
    public var fileExtension: String {
        switch self {
        case .text, .github: return "txt"
        case .json: return "json"
        }
    }
}
