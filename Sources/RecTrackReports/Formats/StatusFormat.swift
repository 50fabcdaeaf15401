/// The formats `rectrack status` can write.
public enum StatusFormat: String, OutputFormat {
    /// The formats; ``summary`` says what each is for.
    case text, markdown, json, csv

    /// One line on what the format is for, shown in `--help`.
    public var summary: String {
        switch self {
        case .text: return "The table, for a terminal."
        case .markdown: return "A Markdown table, as in the README."
        case .json: return "Every assessment in full, for programs (schemas/assessment.schema.json)."
        case .csv: return "One row per recommendation, for spreadsheets."
        }
    }

    /// The usual file name extension of output in this format.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .markdown: return "md"
        case .json: return "json"
        case .csv: return "csv"
        }
    }
}
