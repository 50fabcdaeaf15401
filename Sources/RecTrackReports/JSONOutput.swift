import FoundationEssentials

/// Encodes values as JSON that is the same byte for byte on every run: sorted keys, two-space indent.
public enum JSONOutput {
    /// The JSON text with a final newline.
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
