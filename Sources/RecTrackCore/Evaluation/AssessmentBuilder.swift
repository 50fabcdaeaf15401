/// Turns a protocol's outcome into an ``Assessment``: status, staleness, rejection and the one-line reason.
struct AssessmentBuilder {
    let recommendation: Recommendation
    let input: AssessmentInput
    let outcome: ProtocolOutcome
    let knownAt: Day?

    func build() -> Assessment {
        let decision = StatusDecision(verdict: ProtocolVerdict(outcome), input: input)
        let (status, percent) = (decision.status, decision.percent)
        // Every input evidence bears on this recommendation and they are in date order, so the newest is the last.
        let lastEvidence = input.evidence.last?.date
        var rationale = outcome.rationale
        let hasEvidence = decision.hasEvidence
        if let failure = outcome.failure {
            rationale.insert(RationaleSentence("It could not be assessed: \(failure)"), at: 0)
        } else if !hasEvidence {
            rationale.insert(RationaleSentence("No evidence bears on this recommendation as of \(input.asOf)."), at: 0)
        } else if let rejection = decision.rejection {
            rationale.insert(RationaleSentence("\(rejection.title) (\(rejection.date)) formally declines it, and nothing since has reversed that.",
                                               evidence: [rejection.id]), at: 0)
        }
        var stale = false
        if let lastEvidence, hasEvidence, lastEvidence.latest < recommendation.staleAfter.before(input.asOf) {
            stale = true
            rationale.append(RationaleSentence("The newest evidence is from \(lastEvidence), more than \(recommendation.staleAfter) before \(input.asOf): look for newer evidence."))
        }
        let stall = [.implemented, .rejected, .notAssessed].contains(status) ? nil : Stall.find(in: input, metrics: outcome.metrics, after: recommendation.stallAfter)
        if let stall {
            rationale.append(RationaleSentence("Stalled: \(stall.arrivedSince) \(stall.arrivedSince == 1 ? "item of evidence has" : "items of evidence have") been recorded since \(stall.since), and none has moved it for more than \(recommendation.stallAfter)."))
        }
        // A deadline is part of the reasoning once it is close, missed or met late; one far off or met on time is
        // shown beside its milestone or target only.
        for state in outcome.milestones.compactMap(\.deadline) + outcome.metrics.compactMap(\.deadline)
        where [.dueSoon, .pastDue, .metLate].contains(state.standing) {
            rationale.append(DeadlineText.sentence(state))
        }
        let cited = Set(rationale.flatMap(\.evidence)).union(outcome.citedOutsideRationale)
        var assessment = Assessment(
            asOf: input.asOf, evidence: cited.sorted(), knownAt: knownAt, lastEvidence: lastEvidence,
            metrics: outcome.metrics, milestones: outcome.milestones, number: recommendation.number,
            owners: recommendation.owners, progress: percent, rationale: rationale,
            reason: outcome.failure.map { "Could not be assessed: \($0)" } ?? reason(status: status, percent: percent),
            recommendation: recommendation.id, response: outcome.response,
            responses: outcome.responses.isEmpty ? nil : outcome.responses, stale: stale, stalled: stall, status: status,
            title: recommendation.title, trend: nil, warnings: outcome.warnings + (outcome.failure.map { [$0] } ?? []))
        if recommendation.isQualified { assessment.reportID = recommendation.report }
        return assessment
    }

    private func reason(status: Status, percent: Double) -> String {
        switch status {
        case .notAssessed:
            return "No evidence yet."
        case .rejected:
            return "Formally declined; nothing since has reversed it."
        default:
            // What happened: the newest event that moved it (by date, then text), naming its evidence.
            let newest = outcome.keyEvents.max { ($0.date.latest, $0.text) < ($1.date.latest, $1.text) }
            var clause = newest?.text ?? outcome.headline ?? "\(NumberText.format(percent))% of the way"
            // Evidence checked only in part says so in the one line MPs read first, not only where it is listed.
            if let id = newest?.evidence, input.evidence.contains(where: { $0.id == id && $0.confidence == .partly }) {
                while clause.hasSuffix(".") { clause.removeLast() }
                clause += " (partly verified)"
            }
            // A source's title keeps its own first letter ("iPad guidance", "www.example.org"); rectrack's words start a sentence.
            let opening = newest?.opensWithTitle == true ? String(clause.prefix(1)) : clause.prefix(1).uppercased()
            return opening + clause.dropFirst() + (clause.hasSuffix(".") ? "" : ".")
        }
    }
}

/// The status and the progress shown, decided from a protocol's verdict alone: what a full assessment and a date
/// compared with it share, so the two can never decide differently.
struct StatusDecision {
    let status: Status
    /// Progress in per cent, rounded for display, never 100 for something not finished.
    let percent: Double
    /// False when nothing bears on the recommendation and the protocol cites nothing: not assessed.
    let hasEvidence: Bool
    /// The standing rejection, when it decided the status.
    let rejection: Evidence?

    init(verdict: ProtocolVerdict, input: AssessmentInput) {
        // A plugin or a composition can only ever give 0–100 %; anything else (NaN included) is a bug, never a status.
        let share = verdict.progress.map { $0.isFinite ? min(1, max(0, $0)) : 0 } ?? 0
        let completion = verdict.completion ?? Completion.nothing
        var percent = (share * 1000).rounded() / 10
        // Rounding is for display only, and never shows 100% for something not finished.
        if percent == 100 && !completion.allMet { percent = 99.9 }
        hasEvidence = !input.evidence.isEmpty || verdict.citesEvidence
        // Not assessed is no figure at all: a plugin's progress with nothing to go on, or from a run that failed, is not
        // shown beside it (nor counted in the overall figure).
        if verdict.failure != nil || !hasEvidence { percent = 0 }
        self.percent = percent
        rejection = verdict.failure == nil && hasEvidence ? Self.standingRejection(in: input) : nil
        if verdict.failure != nil || !hasEvidence {
            status = .notAssessed
        } else if rejection != nil {
            status = .rejected
        } else {
            status = Status.from(completion: completion, progress: share)
        }
    }

    /// The latest `rejects` bearing by an owner of the recommendation, unless later evidence progresses or achieves
    /// something. A rejection by anyone else (a think tank, a council that does not own it) is no owner declining it:
    /// it counts as context, and validate says so (RT0216).
    private static func standingRejection(in input: AssessmentInput) -> Evidence? {
        // From the newest back, the first rejection, progress or achievement decides: only the
        // tail is read, rather than copying every (evidence, bearing) pair.
        for item in input.bearings.reversed() {
            switch item.bearing.effect {
            case .rejects where RejectionTerms.byOwner(item.evidence.owners, of: input.recommendation.owners): return item.evidence
            case .progresses, .achieves: return nil
            case .rejects, .setsBack, .context: continue
            }
        }
        return nil
    }
}
