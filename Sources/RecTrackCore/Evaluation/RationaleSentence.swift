/// A sentence of an assessment's reasoning, with the evidence behind it.
public struct RationaleSentence: Sendable, Codable, Hashable {
    /// The sentence.
    public var text: String
    /// Ids of the evidence it rests on (may be empty for "no evidence yet").
    public var evidence: [String]

    /// Creates a sentence.
    public init(_ text: String, evidence: [String] = []) {
        self.text = text
        self.evidence = evidence
    }
}
