/// Shortening text for narrow columns.
public enum Truncate {
    /// The text cut to `limit` characters with an ellipsis.
    public static func text(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
