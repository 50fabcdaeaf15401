import RecTrackCore

/// A protocol kind for the core's tests only, `fixed-credit`: each milestone's credit is fixed by the effect of the
/// newest evidence naming it (`achieves` 1, `progresses` the `partial-credit`, one half by default, `sets-back` 0;
/// `context` and `rejects` leave it); progress is the mean credit, and what is finished is the share of milestones
/// with a credit of 1.
///
/// Its rules are this plain on purpose: a test reads the outcome straight off its evidence, so what the core does
/// with an outcome (status, rejection, staleness, visibility, trends, diffs, worklists, snapshots) is tested
/// without the built-in protocols, whose own rules (claim-only kinds, `achieved-by`, weights) are theirs to test.
struct FixedCreditProtocol: AssessmentProtocol {
    static let description = ProtocolDescription(
        id: "fixed-credit",
        summary: "For tests: each milestone's credit is fixed by the effect of the newest evidence naming it.",
        discussion: "achieves gives 1, progresses the partial credit, sets-back 0; progress is the mean credit; a milestone with credit 1 is finished.",
        parameters: [
            ParameterDescription("milestones", .list(.mapping([
                ParameterDescription("id", .identifier, "The milestone's id; evidence names it in bears-on."),
                ParameterDescription("title", .text, "What is done when it is met."),
            ]), unique: false), "The milestones evidence may name."),
            ParameterDescription("partial-credit", .number(.between(0, 1)), default: "0.5",
                                 "The credit of a milestone whose newest effect is progresses."),
        ],
        examples: [])

    /// The registry the core's tests load trackers with: this kind alone.
    static let registry = ProtocolRegistry([FixedCreditProtocol.self])

    let milestones: [Milestone]
    let partialCredit: Double

    init?(reading parameters: inout MappingReader, context: ProtocolParsingContext) {
        partialCredit = parameters.optional("partial-credit", ValueReader.number) ?? 0.5
        guard let nodes = parameters.required("milestones", ValueReader.nodes) else { return nil }
        var milestones: [Milestone] = []
        for node in nodes {
            var reader = MappingReader(node, entity: "a milestone", sink: context.sink)
            let id = reader.required("id", ValueReader.identifier), title = reader.required("title", ValueReader.text)
            reader.finish()
            guard let id, let title else { return nil }
            milestones.append(Milestone(id: id, title: title))
        }
        self.milestones = milestones
    }

    func assess(_ input: AssessmentInput) -> ProtocolOutcome {
        let states = milestones.map { milestone in
            let naming = input.bearings.filter { $0.bearing.milestone == milestone.id }
            let deciding = naming.last { [.achieves, .progresses, .setsBack].contains($0.bearing.effect) }
            let credit = switch deciding?.bearing.effect {
            case .achieves: 1.0
            case .progresses: partialCredit
            default: 0.0
            }
            return MilestoneState(id: milestone.id, title: milestone.title, state: credit >= 1 ? .met : credit > 0 ? .partlyMet : .notMet,
                                  credit: credit, weight: 1, evidence: naming.map(\.evidence.id),
                                  claimsOnly: credit > 0 && deciding?.evidence.kind.isClaimOnly == true)
        }
        let met = states.filter { $0.state == .met }.count
        return ProtocolOutcome(progress: states.map(\.credit).reduce(0, +) / Double(states.count),
                               completion: Completion(metShare: Double(met) / Double(states.count), allMet: met == states.count),
                               headline: "\(met) of \(states.count) milestones met",
                               rationale: states.map { RationaleSentence("\($0.title): credit \($0.credit).", evidence: $0.evidence) },
                               milestones: states)
    }
}
