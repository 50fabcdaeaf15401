/// Shortening text for narrow columns.
public enum Truncate {
    /// The text cut to `limit` characters with an ellipsis.
    public static func text(_ text: String, to limit: Int) -> String {
        // No more bytes than the limit is no more Characters either; text whose bytes are each a Character is cut by
        // bytes. Only the rest is walked by Characters.
        if text.utf8.count <= limit { return text }
        if text.isOneByteCharacters { return String(Substring(text.utf8.prefix(limit - 1))) + "…" }
        return text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
