import RecTrackCore

/// `all-of`: every part counts; progress is the weighted mean of the parts'.
public struct AllOfProtocol: AssessmentProtocol, CompositeProtocol {
    public static let description = ProtocolDescription(
        id: "all-of",
        summary: "Combines parts that must all be done; progress is the weighted mean of the parts' progress.",
        discussion: """
        Each part is a protocol of any kind with an optional `weight` (default 1). Parts that do not measure \
        progress (such as `response`) are left out of the mean but still report their detail. What is finished \
        is the weighted mean of what each part finished, and everything is finished only when every part is.
        """,
        parameters: [
            ParameterDescription("parts", .list(.protocolPart, unique: false), "The parts."),
        ],
        examples: [
            ProtocolExample("One of two equal parts done",
                protocol: """
                kind: all-of
                parts:
                  - kind: milestones
                    milestones: [{id: strategy-published, title: A strategy is published}]
                  - kind: milestones
                    milestones: [{id: strategy-funded, title: The strategy is funded}]
                  - kind: response
                """,
                evidence: [ExampleEvidence.evidence("2023-02-02-strategy", kind: "guidance", effect: "achieves", milestone: "strategy-published")],
                asOf: Day(year: 2024, month: 1, day: 1)!, expect: .substantial, progress: 50),
            ProtocolExample("All but a part weighted 1 in 2001: substantial, never implemented, and never shown as 100 %",
                protocol: """
                kind: all-of
                parts:
                  - kind: milestones
                    weight: 2000
                    milestones: [{id: duty-in-force, title: The duty is in force}]
                  - kind: milestones
                    weight: 1
                    milestones: [{id: guidance-issued, title: Guidance is issued}]
                """,
                evidence: [ExampleEvidence.evidence("2023-02-02-act", kind: "legislation", effect: "achieves", milestone: "duty-in-force")],
                asOf: Day(year: 2024, month: 1, day: 1)!, expect: .substantial, progress: 99.9),
        ])

    public let parts: CompositeParts

    public init(parts: CompositeParts) { self.parts = parts }

    /// The weighted means of the parts' progress and of what each finished; all is finished when every part is.
    public static func combine(_ measured: [CompositeParts.Measured]) -> (progress: Double, completion: Completion) {
        let total = measured.reduce(0) { $0 + $1.weight }
        let progress = measured.reduce(0) { $0 + $1.progress * $1.weight } / total
        let metShare = measured.reduce(0) { $0 + $1.completion.metShare * $1.weight } / total
        return (progress, Completion(metShare: metShare, allMet: measured.allSatisfy(\.completion.allMet)))
    }
}
