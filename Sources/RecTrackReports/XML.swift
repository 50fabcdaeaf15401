/// Escaping for XML text and attribute values (JUnit reports).
public enum XML {
    /// Escapes `& < > " '` as ``HTML/escape(_:)`` does (its entities are valid XML), first dropping the
    /// control characters XML 1.0 cannot hold at all, which a plugin's message might carry.
    public static func escape(_ text: String) -> String {
        let allowed = text.unicodeScalars.filter { scalar in
            scalar.value >= 0x20 ? scalar.value != 0xFFFE && scalar.value != 0xFFFF : scalar == "\t" || scalar == "\n" || scalar == "\r"
        }
        return HTML.escape(String(String.UnicodeScalarView(allowed)))
    }
}
