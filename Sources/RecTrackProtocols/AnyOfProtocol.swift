import RecTrackCore

/// `any-of`: alternative ways of doing it; progress is the best part's.
public struct AnyOfProtocol: AssessmentProtocol, CompositeProtocol {
    public static let description = ProtocolDescription(
        id: "any-of",
        summary: "Combines alternative routes to the same end; progress is the best part's progress.",
        discussion: """
        Use it when a recommendation can be met in more than one way (a statutory duty or a funded national \
        programme, say). Weights are accepted for symmetry with `all-of` but do not change the best part. \
        What is finished is the most any one part finished; everything is finished when any one part is.
        """,
        parameters: [
            ParameterDescription("parts", .list(.protocolPart, unique: false), "The alternatives."),
        ],
        examples: [
            ProtocolExample("Either route counts",
                protocol: """
                kind: any-of
                parts:
                  - kind: milestones
                    milestones: [{id: duty-in-law, title: A statutory duty is in force}]
                  - kind: milestones
                    milestones: [{id: national-programme, title: A funded national programme runs}]
                """,
                evidence: [ExampleEvidence.evidence("2019-04-01-programme", kind: "programme", effect: "achieves", milestone: "national-programme")],
                asOf: Day(year: 2020, month: 1, day: 1)!, expect: .implemented, progress: 100),
        ])

    public let parts: CompositeParts

    public init(parts: CompositeParts) { self.parts = parts }

    /// The best part's progress and the most any one part finished; all is finished when any one part is.
    public static func combine(_ measured: [CompositeParts.Measured]) -> (progress: Double, completion: Completion) {
        let progress = measured.map(\.progress).max() ?? 0
        let metShare = measured.map(\.completion.metShare).max() ?? 0
        return (progress, Completion(metShare: metShare, allMet: measured.contains { $0.completion.allMet }))
    }
}
