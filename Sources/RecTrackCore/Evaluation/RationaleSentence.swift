/// A sentence of an assessment's reasoning, with the evidence behind it.
public struct RationaleSentence: Sendable, Codable, Hashable {
    // Stored properties in the order of their JSON keys' bytes: the JSON writer writes each member as it comes, with
    // nothing to move (checked by SortedJSONWriterTests).
    /// Ids of the evidence it rests on (may be empty for "no evidence yet").
    public var evidence: [String]
    /// The sentence.
    public var text: String

    /// Creates a sentence.
    public init(_ text: String, evidence: [String] = []) {
        self.text = text
        self.evidence = evidence
    }
}
