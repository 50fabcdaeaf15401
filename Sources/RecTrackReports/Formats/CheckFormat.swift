/// The formats `rectrack check` can write.
public enum CheckFormat: String, OutputFormat {
    /// The formats; ``summary`` says what each is for.
    case text, markdown, json, junit, github

    /// One line on what the format is for, shown in `--help`.
    public var summary: String {
        switch self {
        case .text: return "The terminal report."
        case .markdown: return "The quarterly e-mail."
        case .json: return "Everything, for programs."
        case .junit: return "A JUnit XML report: each recommendation is a test case; a failed condition is a failure."
        case .github: return "GitHub workflow annotations."
        }
    }

    /// The usual file name extension of output in this format.
    public var fileExtension: String {
        switch self {
        case .text, .github: return "txt"
        case .markdown: return "md"
        case .json: return "json"
        case .junit: return "xml"
        }
    }
}
