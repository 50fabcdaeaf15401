import RecTrackCore

/// The weighted parts of a ``CompositeProtocol``, each a protocol of any kind.
public struct CompositeParts: Sendable {
    let parts: [(protocol: any AssessmentProtocol, weight: Double)]

    init?(reading parameters: inout MappingReader, context: ProtocolParsingContext) {
        guard let nodes = parameters.required("parts", ValueReader.nodes) else { return nil }
        if nodes.isEmpty {
            context.sink.report(.noParts, "'parts' is empty; give at least one protocol", at: parameters.location(of: "parts"))
            return nil
        }
        let parsed = nodes.compactMap { context.registry.parse($0, context: context, allowingWeight: true) }
        guard parsed.count == nodes.count else { return nil }
        parts = parsed
    }

    var milestones: [Milestone] { parts.flatMap { $0.protocol.milestones } }
    var metrics: [String] { parts.flatMap { $0.protocol.metrics } }

    /// A part that measures progress: its progress, what it finished and its weight.
    public typealias Measured = (progress: Double, completion: Completion, weight: Double)

    /// Runs every part and merges their detail; `combine` turns the measured parts into one progress and completion.
    func assess(_ input: AssessmentInput, combine: ([Measured]) -> (progress: Double, completion: Completion)) -> ProtocolOutcome {
        let outcomes = parts.map { ($0.protocol.assess(input), $0.weight) }
        let measured = outcomes.compactMap { outcome, weight -> Measured? in
            outcome.progress.map { ($0, outcome.completion ?? Completion.nothing, weight) }
        }
        let failure = outcomes.compactMap(\.0.failure).first
        let combined = measured.isEmpty ? nil : combine(measured)
        var outcome = ProtocolOutcome(
            progress: combined?.progress,
            completion: combined?.completion,
            response: outcomes.compactMap(\.0.response).first,
            headline: outcomes.compactMap(\.0.headline).joined(separator: "; ").nilIfEmpty,
            rationale: outcomes.flatMap(\.0.rationale),
            milestones: outcomes.flatMap(\.0.milestones),
            metrics: outcomes.flatMap(\.0.metrics),
            warnings: outcomes.flatMap(\.0.warnings),
            cited: outcomes.reduce(into: Set<String>()) { $0.formUnion($1.0.citedOutsideRationale) },
            failure: failure,
            keyEvents: outcomes.flatMap(\.0.keyEvents))
        outcome.responses = outcomes.first { !$0.0.responses.isEmpty }?.0.responses ?? []
        return outcome
    }

    /// The verdict of ``assess(_:combine:)`` from the parts' verdicts alone.
    func verdict(_ input: AssessmentInput, combine: ([Measured]) -> (progress: Double, completion: Completion)) -> ProtocolVerdict {
        let verdicts = parts.map { ($0.protocol.verdict(input), $0.weight) }
        let measured = verdicts.compactMap { verdict, weight -> Measured? in
            verdict.progress.map { ($0, verdict.completion ?? Completion.nothing, weight) }
        }
        let combined = measured.isEmpty ? nil : combine(measured)
        return ProtocolVerdict(progress: combined?.progress, completion: combined?.completion,
                               response: verdicts.compactMap(\.0.response).first,
                               citesEvidence: verdicts.contains { $0.0.citesEvidence },
                               failure: verdicts.compactMap(\.0.failure).first)
    }
}
