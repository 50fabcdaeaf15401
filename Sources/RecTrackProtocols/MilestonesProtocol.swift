import RecTrackCore

/// `milestones`: "done when" statements, met by evidence that achieves them.
public struct MilestonesProtocol: AssessmentProtocol {
    public static let description = ProtocolDescription(
        id: "milestones",
        summary: "\"Done when\" statements, each met by evidence that achieves it; progress is the weighted share met.",
        discussion: """
        Evidence naming a milestone moves it: `achieves` meets it (credit 1), `progresses` gives partial \
        credit (`partial-credit`, one half by default), and `sets-back` removes its credit from that date on. \
        Claim-only kinds (announcement, statement, response) never meet a milestone by themselves: a department \
        saying it has done something is not proof that it has, so their `achieves` counts as `progresses`. \
        A milestone may list `achieved-by` evidence kinds; evidence of other kinds then only progresses it. \
        A milestone may list `acted-by` owners, for a test whose words say who must act ("with the LGA and ADCS", \
        "jointly"): only evidence whose `owners` name every one of them can meet it; and `by`, for a test whose words \
        give a date: evidence dated after it cannot meet it (#18's deadlines will say met late). `validate` explains every \
        `achieves` a milestone's terms do not allow. \
        Progress is the weighted mean of the milestones' credit; only milestones fully met count as finished.
        """,
        parameters: [
            ParameterDescription("milestones", .list(.mapping([
                ParameterDescription("id", .identifier, "The milestone's id, unique in the recommendation; evidence names it in bears-on."),
                ParameterDescription("title", .text, "The \"done when\" statement an MP reads."),
                ParameterDescription("weight", .number(.positive), default: "1", "The milestone's weight."),
                ParameterDescription("achieved-by", .list(.evidenceKind, unique: true), optional: true,
                                     "The only evidence kinds that can meet it; evidence of other kinds then only progresses it."),
                ParameterDescription("by", .date, optional: true,
                                     "The date the test's own words give (\"by April 2027\"): evidence dated after it only progresses it."),
                ParameterDescription("acted-by", .list(.reference("owner"), unique: true), optional: true,
                                     "The owners who must all have acted for it to be met (ids from owners.yaml): evidence whose owners leave one out only progresses it."),
                ParameterDescription("due", .mapping([
                    ParameterDescription("date", .partialDate, "The date it is due by; a month or a year is due by its last day."),
                    ParameterDescription("set-by", .choice([TargetOrigin.Setter.report.rawValue, TargetOrigin.Setter.government.rawValue]),
                                         "Who set the date: the report, or the government (then name the evidence of the commitment)."),
                    ParameterDescription("evidence", .reference("evidence"), optional: true,
                                         "The evidence that records the government's commitment to the date; required with set-by: government."),
                    ParameterDescription("note", .text, optional: true, "What was promised, in the source's words (\"aimed to come into force in late 2027\")."),
                ]), optional: true,
                                     "A deadline it is held to, which never changes its status: each view says not due, due soon, past due, met on time or met late."),
            ]), unique: false),
                                 "The milestones: a kebab-case id, the \"done when\" statement an MP reads, an optional weight (default 1) and optional evidence kinds that alone can meet it."),
            ParameterDescription("partial-credit", .number(.between(0, 1)), default: "0.5",
                                 "The credit a milestone gets from evidence that progresses it."),
        ],
        examples: [
            ProtocolExample("Legislation meets a milestone; the other is untouched",
                protocol: """
                kind: milestones
                milestones:
                  - {id: duty-enacted, title: The duty is in force in law}
                  - {id: guidance-issued, title: Statutory guidance is issued}
                """,
                evidence: [ExampleEvidence.evidence("2018-07-04-act", kind: "legislation", effect: "achieves", milestone: "duty-enacted")],
                asOf: Day(year: 2019, month: 1, day: 1)!, expect: .substantial, progress: 50),
            ProtocolExample("A statement that claims success only progresses",
                protocol: """
                kind: milestones
                milestones:
                  - {id: strategy-published, title: A workforce strategy is published}
                """,
                evidence: [ExampleEvidence.evidence("2019-02-01-minister-says", kind: "statement", effect: "achieves", milestone: "strategy-published")],
                asOf: Day(year: 2019, month: 6, day: 1)!, expect: .limited, progress: 50),
            ProtocolExample("Three milestones each partly met: half the credit, nothing finished, so limited",
                protocol: """
                kind: milestones
                milestones:
                  - {id: review-launched, title: The review is launched}
                  - {id: review-reported, title: The review reports}
                  - {id: findings-acted-on, title: The government acts on its findings}
                """,
                evidence: [
                    ExampleEvidence.evidence("2018-03-01-launch-announced", kind: "announcement", effect: "achieves", milestone: "review-launched"),
                    ExampleEvidence.evidence("2018-12-10-interim", kind: "review", effect: "progresses", milestone: "review-reported"),
                    ExampleEvidence.evidence("2019-06-01-plans", kind: "consultation", effect: "progresses", milestone: "findings-acted-on"),
                ],
                asOf: Day(year: 2019, month: 12, day: 31)!, expect: .limited, progress: 50),
            ProtocolExample("A set-back removes earlier credit",
                protocol: """
                kind: milestones
                milestones:
                  - {id: programme-running, title: The programme runs in every region}
                """,
                evidence: [
                    ExampleEvidence.evidence("2018-01-01-launch", kind: "programme", effect: "achieves", milestone: "programme-running"),
                    ExampleEvidence.evidence("2019-01-01-closed", kind: "funding", effect: "sets-back", milestone: "programme-running"),
                ],
                asOf: Day(year: 2019, month: 6, day: 1)!, expect: .noProgress, progress: 0),
            ProtocolExample("A test that says who must act is met only by evidence naming them all",
                protocol: """
                kind: milestones
                milestones:
                  - {id: review-by-dfe, title: DfE reviews the framework, acted-by: [DfE]}
                  - {id: review-published, title: The review is published}
                """,
                evidence: [
                    ExampleEvidence.evidence("2019-03-01-review", kind: "review", effect: "achieves", milestone: "review-by-dfe"),
                    ExampleEvidence.evidence("2019-05-01-published", kind: "review", effect: "achieves", milestone: "review-published",
                                     extra: "owners: [DfE]\n"),
                ],
                asOf: Day(year: 2019, month: 12, day: 31)!, expect: .substantial, progress: 75),
            ProtocolExample("A test whose words give a date is not met by evidence after it",
                protocol: """
                kind: milestones
                milestones:
                  - {id: standards-apply, title: The standards apply to every council by 31 March 2020, by: 2020-03-31}
                """,
                evidence: [ExampleEvidence.evidence("2020-06-01-standards-apply", kind: "guidance", effect: "achieves", milestone: "standards-apply")],
                asOf: Day(year: 2020, month: 12, day: 31)!, expect: .limited, progress: 50),
            ProtocolExample("Only the kinds in achieved-by can meet a milestone",
                protocol: """
                kind: milestones
                milestones:
                  - {id: statutory, title: The requirement has statutory force, achieved-by: [legislation]}
                """,
                evidence: [ExampleEvidence.evidence("2024-10-31-guidance", kind: "guidance", effect: "achieves", milestone: "statutory")],
                asOf: Day(year: 2025, month: 1, day: 1)!, expect: .limited, progress: 50),
        ])

    /// The milestones, in order.
    public let milestones: [Milestone]
    /// Credit for `progresses`.
    public let partialCredit: Double

    public init?(reading parameters: inout MappingReader, context: ProtocolParsingContext) {
        let sink = context.sink
        let nodes = parameters.required("milestones", ValueReader.nodes)
        let partial = parameters.optional("partial-credit", ValueReader.number) ?? 0.5
        if !(0...1).contains(partial) {
            sink.report(.partialCreditOutOfRange, "'partial-credit' must be between 0 and 1, found \(NumberText.format(partial))", at: parameters.location(of: "partial-credit"))
        }
        guard let nodes else { return nil }
        if nodes.isEmpty {
            sink.report(.noMilestones, "'milestones' is empty; give at least one \"done when\" statement", at: parameters.location(of: "milestones"))
            return nil
        }
        var milestones: [Milestone] = []
        for node in nodes {
            var reader = MappingReader(node, entity: "a milestone", sink: sink)
            let id = reader.required("id", ValueReader.identifier)
            let title = reader.required("title", ValueReader.line)
            let weight = reader.optional("weight", ValueReader.positiveNumber) ?? 1
            let achievedBy = reader.optional("achieved-by", ValueReader.list(ValueReader.choice(EvidenceKind.self)))
            let actedBy = reader.optional("acted-by", ValueReader.list(ValueReader.line))
            let by = reader.optional("by", ValueReader.day)
            let dueNode = reader.optional("due", ValueReader.any)
            reader.finish()
            var deadlineIsBroken = false
            let due = dueNode.flatMap { Self.readDeadline($0, sink: sink, broken: &deadlineIsBroken) }
            var actorsAreKnown = true
            for owner in actedBy ?? [] where context.owners.owner(id: owner) == nil {
                sink.report(.unknownOwner, "unknown owner '\(owner)' in 'acted-by'.\(Suggestion.hint(owner, in: context.owners.ids, otherwise: "Owners are: \(context.owners.ids.joined(separator: ", "))."))",
                           at: reader.location(of: "acted-by"))
                actorsAreKnown = false
            }
            if let achievedBy, achievedBy.contains(where: \.isClaimOnly) {
                sink.report(.claimOnlyAchievedBy, "'achieved-by' lists a claim-only kind (announcement, statement or response), which can never meet a milestone", at: reader.location(of: "achieved-by"))
            }
            guard let id, let title, actorsAreKnown, !deadlineIsBroken else { continue }
            milestones.append(Milestone(id: id, title: title, weight: weight, achievedBy: achievedBy, actedBy: actedBy, by: by, due: due?.0,
                                        dueLocation: due?.1))
        }
        guard milestones.count == nodes.count, (0...1).contains(partial) else { return nil }
        self.milestones = milestones
        self.partialCredit = partial
    }

    /// Reads a milestone's `due:` mapping, with where it names its evidence; a deadline the tracker set, or a government one
    /// without its evidence, is refused.
    private static func readDeadline(_ node: YAMLNode, sink: DiagnosticSink, broken: inout Bool) -> (Deadline, SourceLocation)? {
        var reader = MappingReader(node, entity: "a due date", sink: sink)
        let date = reader.required("date", ValueReader.factDate)
        let setBy = reader.required("set-by", ValueReader.choice(TargetOrigin.Setter.self))
        let evidence = reader.optional("evidence", ValueReader.evidenceID)
        let note = reader.optional("note", ValueReader.text)
        reader.finish()
        if setBy == .tracker {
            sink.report(.deadlineSetByTracker, "a due date is set by the report or by the government ('set-by: report' or 'set-by: government'); this tracker cannot set one", at: reader.location(of: "set-by"))
            broken = true
        }
        if setBy == .government, evidence == nil, !reader.contains("evidence") {
            sink.report(.deadlineWithoutEvidence, "a due date set by the government names the evidence of its commitment: add 'evidence: <evidence id>'", at: reader.location(of: "set-by"))
            broken = true
        }
        guard let date, let setBy, !broken else {
            broken = true
            return nil
        }
        return (Deadline(date: date, origin: TargetOrigin(setBy: setBy, evidence: evidence), note: note), reader.location(of: "evidence"))
    }

    public func assess(_ input: AssessmentInput) -> ProtocolOutcome {
        let bearings = input.bearings
        var states: [MilestoneState] = []
        var rationale: [RationaleSentence] = []
        var moves: [Move] = []
        for (milestone, positions) in zip(milestones, positions(of: bearings)) {
            let (state, sentence, move) = assess(milestone, positions: positions, of: bearings, asOf: input.asOf)
            states.append(state)
            rationale.append(sentence)
            if let move { moves.append(move) }
        }
        // The reason line names the newest event alone, so only events as new as the newest are written out.
        let newest = moves.map { bearings[$0.position].evidence.date.latest }.max()
        let events = moves.filter { bearings[$0.position].evidence.date.latest == newest }.map { move in
            let (evidence, bearing) = (bearings[move.position].evidence, bearings[move.position].bearing)
            return KeyEvent.citing(evidence, note: bearing.note, otherwise: "\(move.did) “\(move.title)”")
        }
        let (progress, completion) = measure(credits: states.map(\.credit))
        let met = states.filter { $0.state == .met }.count
        let partly = states.filter { $0.state == .partlyMet }.count
        var headline = "\(met) of \(states.count) \(states.count == 1 ? "milestone" : "milestones") met"
        if partly > 0 { headline += ", \(partly) partly met" }
        return ProtocolOutcome(progress: progress, completion: completion, headline: headline, rationale: rationale, milestones: states,
                               keyEvents: events)
    }

    public func verdict(_ input: AssessmentInput) -> ProtocolVerdict {
        let positions = positions(of: input.bearings)
        let credits = zip(milestones, positions).map { milestone, positions in
            Run(milestone, positions: positions, of: input.bearings, partialCredit: partialCredit).credit
        }
        let (progress, completion) = measure(credits: credits)
        // Every milestone with evidence on it cites that evidence in its sentence.
        return ProtocolVerdict(progress: progress, completion: completion, citesEvidence: positions.contains { !$0.isEmpty })
    }

    /// Progress and what is finished from each milestone's credit (1 when met), weighted.
    private func measure(credits: [Double]) -> (progress: Double, completion: Completion) {
        let totalWeight = milestones.reduce(0) { $0 + $1.weight }
        let progress = zip(milestones, credits).reduce(0) { $0 + $1.0.weight * $1.1 } / totalWeight
        let metWeight = zip(milestones, credits).reduce(0) { $0 + ($1.1 >= 1 ? $1.0.weight : 0) }
        return (progress, Completion(metShare: metWeight / totalWeight, allMet: credits.allSatisfy { $0 >= 1 }))
    }

    /// The positions of each milestone's bearings, in date order: grouped once, so the cost does not grow with
    /// milestones × evidence.
    private func positions(of bearings: [EvidenceBearing]) -> [[Int]] {
        var positions: [[Int]] = Array(repeating: [], count: milestones.count)
        for position in bearings.indices {
            // A few milestones are found faster by comparing than by hashing the id.
            if let milestone = bearings[position].bearing.milestone, let index = milestones.firstIndex(where: { $0.id == milestone }) {
                positions[index].append(position)
            }
        }
        return positions
    }

    private func deadlineState(of milestone: Milestone, metOn: FactDate?, asOf: Day) -> DeadlineState? {
        guard let deadline = Recommendation.deadline(of: milestone) else { return nil }
        return DeadlineState(milestone: milestone.id, title: milestone.title, deadline: deadline,
                             standing: DeadlineStanding.of(lastDay: deadline.lastDay, metOn: metOn, asOf: asOf), metOn: metOn)
    }

    /// What one milestone's bearings (at `positions`, in date order) did to it, read in order.
    private struct Run {
        var credit = 0.0
        /// Positions of the evidence that moved it since the last set-back.
        var contributors: [Int] = []
        var decisive: Int?
        var setBack: Int?
        /// The evidence that first met it since the last set-back: when it was met, for its deadline.
        var firstMet: Int?

        init(_ milestone: Milestone, positions: [Int], of bearings: [EvidenceBearing], partialCredit: Double) {
            for position in Self.setBacksLastWhenUnsure(positions, of: bearings) {
                let evidence = bearings[position].evidence
                switch bearings[position].bearing.effect {
                case .achieves where AchievementTerms.refusal(of: milestone, kind: evidence.kind, owners: evidence.owners, date: evidence.date) == nil:
                    if credit < 1 { firstMet = position }
                    credit = 1
                    contributors.append(position)
                    decisive = position
                    setBack = nil
                case .achieves, .progresses:
                    if credit < 1 {
                        credit = max(credit, partialCredit)
                        decisive = position
                    }
                    contributors.append(position)
                    setBack = nil
                case .setsBack:
                    credit = 0
                    contributors.removeAll(keepingCapacity: true)
                    decisive = nil
                    setBack = position
                    firstMet = nil
                case .rejects, .context:
                    break
                }
            }
        }

        /// `positions` (in date order) with each set-back moved after every other bearing it may have come after: one
        /// dated the same day, or whose period overlaps its own ("2021-05" against 21 May). Which came first is then not
        /// known, and the verdict must not claim the step stood; a set-back clearly before an achievement stays before it.
        static func setBacksLastWhenUnsure(_ positions: [Int], of bearings: [EvidenceBearing]) -> [Int] {
            var others: [FactDate] = []
            var anySetBack = false
            for position in positions {
                if bearings[position].bearing.effect == .setsBack { anySetBack = true } else { others.append(bearings[position].evidence.date) }
            }
            guard anySetBack, !others.isEmpty else { return positions }
            // The latest last day of the other bearings whose first day is on or before a day: one sort and a running
            // maximum, then a binary search per set-back, so the cost grows as n log n, not with set-backs × bearings.
            others.sort { $0.earliest < $1.earliest }
            var firstDays: [Day] = [], latestSoFar: [Day] = []
            firstDays.reserveCapacity(others.count); latestSoFar.reserveCapacity(others.count)
            for date in others {
                firstDays.append(date.earliest)
                latestSoFar.append(max(latestSoFar.last ?? date.latest, date.latest))
            }
            func latestStartingBy(_ day: Day) -> Day? {
                var low = 0, high = firstDays.count
                while low < high {
                    let middle = (low + high) / 2
                    if firstDays[middle] <= day { low = middle + 1 } else { high = middle }
                }
                return low == 0 ? nil : latestSoFar[low - 1]
            }
            // Another bearing overlaps a set-back when it starts by the set-back's last day and ends on or after its first.
            func overlapping(_ date: FactDate) -> Day? {
                guard let latest = latestStartingBy(date.latest), latest >= date.earliest else { return nil }
                return latest
            }
            // Positions are in date order already: only a set-back that overlaps another bearing can move.
            guard positions.contains(where: { bearings[$0].bearing.effect == .setsBack && overlapping(bearings[$0].evidence.date) != nil }) else {
                return positions
            }
            let keyed = positions.enumerated().map { order, position -> (key: Day, setBack: Bool, order: Int, position: Int) in
                let date = bearings[position].evidence.date
                guard bearings[position].bearing.effect == .setsBack else { return (date.latest, false, order, position) }
                return (max(date.latest, overlapping(date) ?? date.latest), true, order, position)
            }
            return keyed.sorted { ($0.key, $0.setBack ? 1 : 0, $0.order) < ($1.key, $1.setBack ? 1 : 0, $1.order) }.map(\.position)
        }
    }

    /// The evidence that decided a milestone's state and what it did: what the reason line may name.
    private struct Move {
        let position: Int
        let did: String
        let title: String
    }

    /// Assesses one milestone from the bearings at `positions` (in date order).
    private func assess(_ milestone: Milestone, positions: [Int], of bearings: [EvidenceBearing],
                        asOf: Day) -> (MilestoneState, RationaleSentence, Move?) {
        let run = Run(milestone, positions: positions, of: bearings, partialCredit: partialCredit)
        let (credit, contributors, decisive, setBack, firstMet) = (run.credit, run.contributors, run.decisive, run.setBack, run.firstMet)
        let state: MilestoneProgress = credit >= 1 ? .met : credit > 0 ? .partlyMet : .notMet
        let allIDs = positions.map { bearings[$0].evidence.id }
        let claimsOnly = credit > 0 && contributors.allSatisfy { bearings[$0].evidence.kind.isClaimOnly }
        let metBy = state == .met ? bearings[decisive!].evidence : nil
        let metBecause = metBy.map { AchievementTerms.acceptance(of: milestone, kind: $0.kind) }
        let sentence: RationaleSentence
        switch state {
        case .met:
            let (evidence, bearing) = (bearings[decisive!].evidence, bearings[decisive!].bearing)
            sentence = RationaleSentence("Met: \(milestone.title). \(Citation.cite(evidence)) It counts: \(metBecause!).\(Citation.noteSuffix(bearing))",
                                         evidence: [evidence.id])
        case .partlyMet:
            let (evidence, bearing) = (bearings[decisive!].evidence, bearings[decisive!].bearing)
            let why = bearing.effect == .achieves
                ? "claims it, but cannot meet it: " + (AchievementTerms.refusal(of: milestone, kind: evidence.kind, owners: evidence.owners, date: evidence.date) ?? "")
                : "moves it forward"
            sentence = RationaleSentence("Partly met: \(milestone.title). \(Citation.cite(evidence, verb: why))\(Citation.noteSuffix(bearing))",
                                         evidence: contributors.map { bearings[$0].evidence.id })
        case .notMet:
            if let setBack {
                let (evidence, bearing) = (bearings[setBack].evidence, bearings[setBack].bearing)
                sentence = RationaleSentence("Not met: \(milestone.title). \(Citation.cite(evidence, verb: "set it back"))\(Citation.noteSuffix(bearing))", evidence: [evidence.id])
            } else if !positions.isEmpty {
                sentence = RationaleSentence("Not met: \(milestone.title). The evidence on it is context only.", evidence: allIDs)
            } else {
                sentence = RationaleSentence("Not met: \(milestone.title). No evidence yet that it is met.")
            }
        }
        // What the reason line names: the evidence that decided the milestone's state, and what it did.
        let move = (decisive ?? setBack).map {
            Move(position: $0, did: state == .met ? "meets" : state == .partlyMet ? "moves forward" : "sets back", title: milestone.title)
        }
        let milestoneState = MilestoneState(id: milestone.id, title: milestone.title, state: state, credit: credit,
                                            weight: milestone.weight, evidence: allIDs, claimsOnly: claimsOnly, metBy: metBy?.id,
                                            metBecause: metBecause,
                                            deadline: deadlineState(of: milestone, metOn: firstMet.map { bearings[$0].evidence.date }, asOf: asOf))
        return (milestoneState, sentence, move)
    }
}
