import RecTrackCore

/// `response`: the government's formal response to the recommendation.
public struct ResponseProtocol: AssessmentProtocol {
    public static let description = ProtocolDescription(
        id: "response",
        summary: "The government's formal response (accepted, accepted-in-part, noted, rejected or none); it never changes progress.",
        discussion: """
        The verdict comes from the latest evidence of kind `response` whose bears-on entry gives `response:`. \
        With none, the answer is `none`: no formal response has been found, which is itself worth reporting. \
        Use it as a part of `all-of`; it feeds the response column, not progress.
        """,
        parameters: [],
        examples: [
            ProtocolExample("Accepted in part, with nothing done yet",
                protocol: """
                kind: all-of
                parts:
                  - kind: milestones
                    milestones: [{id: review-done, title: The review is completed}]
                  - kind: response
                """,
                evidence: [ExampleEvidence.evidence("2017-06-01-government-response", kind: "response", effect: "context",
                                            extra: "")
                    .replacing("    effect: context", with: "    effect: context\n    response: accepted-in-part")],
                asOf: Day(year: 2018, month: 1, day: 1)!, expect: .noProgress, progress: 0),
        ])

    public init?(reading parameters: inout MappingReader, context: ProtocolParsingContext) {}

    public func assess(_ input: AssessmentInput) -> ProtocolOutcome {
        let latest = input.bearings.last { $0.evidence.kind == .response && $0.bearing.response != nil }
        guard let (evidence, bearing) = latest, let verdict = bearing.response else {
            return ProtocolOutcome(progress: nil, response: ResponseVerdict.none,
                                   rationale: [RationaleSentence("No formal government response to this recommendation has been found.")])
        }
        let words = verdict.rawValue.replacing("-", with: " ")
        return ProtocolOutcome(progress: nil, response: verdict,
                               rationale: [RationaleSentence("The government's formal response, \(evidence.title) (\(evidence.date)), \(words) it.", evidence: [evidence.id])])
    }
}
