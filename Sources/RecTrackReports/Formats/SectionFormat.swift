/// The formats of `rectrack diff` and `rectrack worklist`, whose sections `rectrack check` also prints.
public enum SectionFormat: String, OutputFormat {
    /// The formats; ``summary`` says what each is for.
    case text, markdown, json

    /// One line on what the format is for, shown in `--help`.
    public var summary: String {
        switch self {
        case .text: return "For a terminal."
        case .markdown: return "For a brief or an e-mail."
        case .json: return "For programs."
        }
    }

    /// The usual file name extension of output in this format.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .markdown: return "md"
        case .json: return "json"
        }
    }
}
