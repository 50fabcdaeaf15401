import RecTrackCore

/// `response`: the government's formal response to the recommendation.
public struct ResponseProtocol: AssessmentProtocol {
    public static let description = ProtocolDescription(
        id: "response",
        summary: "The government's formal response (accepted, accepted-in-part, accepted-in-principle, noted, rejected or none); it never changes progress.",
        discussion: """
        The verdict comes from the latest evidence of kind `response` whose bears-on entry gives `response:`, as of \
        the date assessed: a revised response replaces the earlier one, and every response is kept in the history. \
        `accepted-in-principle` (accepted as an aim, without a commitment to act) is its own verdict, not `accepted`. \
        With none, the answer is `none`: no response identified, which is itself worth reporting. \
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
        // Responses can be revised: the standing one is the latest as of the date assessed, and all are kept.
        let history = ResponseRecord.history(in: input)
        guard let standing = history.last, let evidence = input.bearings.last(where: { $0.evidence.id == standing.evidence })?.evidence else {
            return ProtocolOutcome(progress: nil, response: ResponseVerdict.none,
                                   rationale: [RationaleSentence("No formal government response to this recommendation has been identified.")])
        }
        var sentences = [RationaleSentence("The government's formal response, \(evidence.title) (\(evidence.date)): \(standing.verdict.words).", evidence: [evidence.id])]
        if let earlier = history.dropLast().last, earlier.verdict != standing.verdict {
            sentences.append(RationaleSentence("It revises an earlier response (\(earlier.date)): \(earlier.verdict.words).", evidence: [earlier.evidence]))
        }
        var outcome = ProtocolOutcome(progress: nil, response: standing.verdict, rationale: sentences)
        outcome.responses = history
        return outcome
    }

    public func verdict(_ input: AssessmentInput) -> ProtocolVerdict {
        // The standing response cites its evidence, as in assess(_:).
        guard let standing = ResponseRecord.history(in: input).last,
              input.bearings.contains(where: { $0.evidence.id == standing.evidence }) else {
            return ProtocolVerdict(progress: nil, response: ResponseVerdict.none, citesEvidence: false)
        }
        return ProtocolVerdict(progress: nil, response: standing.verdict, citesEvidence: true)
    }
}
