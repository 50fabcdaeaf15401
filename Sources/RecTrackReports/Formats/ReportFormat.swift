/// The formats `rectrack report` can write.
public enum ReportFormat: String, OutputFormat {
    /// The formats; ``summary`` says what each is for.
    case html, markdown

    /// One line on what the format is for, shown in `--help`.
    public var summary: String {
        switch self {
        case .html: return "The static site MPs read, written to a folder."
        case .markdown: return "The two-page brief for an MP's pack."
        }
    }

    /// The usual file name extension of output in this format.
    public var fileExtension: String {
        switch self {
        case .html: return "html"
        case .markdown: return "md"
        }
    }
}
