/// The formats `rectrack explain` can write.
public enum DiagnosticReferenceFormat: String, OutputFormat {
    /// The formats; ``summary`` says what each is for.
    case text, markdown

    /// One line on what the format is for, shown in `--help`.
    public var summary: String {
        switch self {
        case .text: return "One code's entry, or every code one a line."
        case .markdown: return "One code's entry, or with no code the whole reference (docs/diagnostics.md)."
        }
    }

    /// The usual file name extension of output in this format.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .markdown: return "md"
        }
    }
}
