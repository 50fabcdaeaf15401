/// One formal response of the government to a recommendation: responses can be revised, so every one is kept.
public struct ResponseRecord: Sendable, Codable, Hashable {
    // Stored properties in the order of their JSON keys' bytes: the JSON writer writes each member as it comes, with
    // nothing to move (checked by SortedJSONWriterTests).
    /// When it was given.
    public var date: FactDate
    /// The evidence recording it.
    public var evidence: String
    /// What it said.
    public var verdict: ResponseVerdict

    /// Every formal response among the evidence an assessment sees (evidence of kind `response` whose bearing gives
    /// a verdict), oldest first: the last is the standing one.
    public static func history(in input: AssessmentInput) -> [ResponseRecord] {
        input.bearings.compactMap { item in
            guard item.evidence.kind == .response, let verdict = item.bearing.response else { return nil }
            return ResponseRecord(date: item.evidence.date, evidence: item.evidence.id, verdict: verdict)
        }
    }
}
