/// One formal response of the government to a recommendation: responses can be revised, so every one is kept.
public struct ResponseRecord: Sendable, Codable, Hashable {
    /// When it was given.
    public var date: FactDate
    /// What it said.
    public var verdict: ResponseVerdict
    /// The evidence recording it.
    public var evidence: String

    /// Creates a record.
    public init(date: FactDate, verdict: ResponseVerdict, evidence: String) {
        self.date = date
        self.verdict = verdict
        self.evidence = evidence
    }
}
