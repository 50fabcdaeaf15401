/// The formats `rectrack validate` can write.
public enum DiagnosticsFormat: String, OutputFormat {
    /// The formats; ``summary`` says what each is for.
    case text, json, github

    /// One line on what the format is for, shown in `--help`.
    public var summary: String {
        switch self {
        case .text: return "path:line:column: error: message [code name], like a compiler."
        case .json: return "Every diagnostic with its place, code and name, for programs."
        case .github: return "GitHub workflow annotations, titled with the code and name."
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
