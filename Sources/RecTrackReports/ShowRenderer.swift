import RecTrackCore

/// Renders one recommendation in full for the terminal: text, milestones, metrics, evidence timeline, rationale.
public struct ShowRenderer {
    /// The recommendation as every view shows it.
    public let view: RecommendationView
    /// The tracker's owners, to name each as it was called on the date assessed; by their ids' names when nil.
    public let owners: OwnerDirectory?

    /// Creates a renderer.
    public init(_ view: RecommendationView, owners: OwnerDirectory? = nil) {
        self.view = view
        self.owners = owners
    }

    /// The text.
    public func render(style: TerminalStyle = .plain) -> String {
        let a = view.assessment, recommendation = view.recommendation
        // Prose wraps at 100 columns, or the terminal's width when narrower.
        let width = min(style.width ?? 100, 100)
        var out = style.bold("\(a.recommendation). \(recommendation.title)") + "\n"
        if recommendation.isQualified { out += "Report: \(view.reportTitle)\n" }
        out += "Theme: \(recommendation.theme)\n"
        out += "Owners: \(view.owners.map(ownerName).joined(separator: "; "))\n\n"
        out += wrap("“\(recommendation.text)”", indent: "  ", width: width) + "\n\n"
        var statusLine = "Status: \(style.status(a.status, a.status.label)) — \(NumberText.format(a.progress))% \(ProgressBar.render(a.progress, width: 20))"
        let flags = AssessmentFlag.flags(of: a)
        if !flags.isEmpty { statusLine += " " + style.yellow("(" + flags.map(\.rawValue).joined(separator: ", ") + ")") }
        out += statusLine + "\n"
        if let stall = a.stalled {
            out += wrap("Stalled: \(stall.arrivedSince) \(stall.arrivedSince == 1 ? "item" : "items") of evidence since \(stall.since), none moving it for more than \(view.recommendation.stallAfter)", indent: "", hanging: "  ", width: width) + "\n"
        }
        if a.response != nil { out += "Formal response: \(view.responseText)\n" }
        if let history = a.responses, history.count > 1 {
            for record in history { out += "  \(record.date)  \(record.verdict.words)  \(style.dim(record.evidence))\n" }
        }
        for reply in a.standingReplies {
            out += wrap(ReplyText.sentence(reply), indent: "", width: width) + "\n"
            out += wrap("“\(reply.says)”", indent: "  ", hanging: "  ", width: width) + "\n"
            let details = [ReplyText.citations(reply), reply.url, ReplyText.lapse(reply)].compactMap { $0 }
            out += wrap(details.joined(separator: "; "), indent: "  ", hanging: "  ", width: width) + "\n"
        }
        if let trend = a.trend {
            out += "Trend since \(trend.since): \(trend.direction.rawValue) (was \(trend.previousStatus.rawValue), \(NumberText.format(trend.previousProgress))%)\n"
        }
        out += "As of \(a.asOf)\(a.knownAt.map { ", known at \($0)" } ?? "")\n"
        if !view.lineage.isEmpty { out += "\n" + lineage(style: style, width: width) }
        if !view.milestones.isEmpty {
            out += "\n" + style.bold("Done when") + "\n"
            for milestone in view.milestones {
                let m = milestone.state
                out += wrap("\(Self.mark(m.state)) \(m.title) (\(m.state.rawValue)\(m.claimsOnly ? ", on claims only" : ""))", indent: "  ", hanging: "      ", width: width) + "\n"
                for citation in milestone.evidence { out += "        \(style.dim(citation.id))\n" }
                if let metBy = m.metBy {
                    out += wrap("met by \(metBy); it counts: \(m.metBecause ?? "")", indent: "      ", hanging: "        ", width: width) + "\n"
                }
                if let deadline = m.deadline { out += wrap(Self.deadlineLine(deadline), indent: "      ", hanging: "        ", width: width) + "\n" }
            }
        }
        for metric in view.metrics.map(\.state) {
            out += "\n" + style.bold("Metric: \(metric.title)") + "\n"
            out += "  baseline \(metric.unit.format(metric.baseline.value)) at \(metric.baseline.period); target \(metric.unit.format(metric.target)) (\(metric.direction.rawValue))"
            out += (metric.targetDate.map { " by \($0)" } ?? "") + (metric.targetOrigin.map { ", \($0.words)" } ?? ", who set it not recorded") + "\n"
            if let from = metric.comparedFrom {
                out += "  measured from \(metric.unit.format(from.value)) at \(from.period), the first figure of the latest's series (the baseline is another series)\n"
            } else if metric.notComparableYet == true {
                out += "  not comparable yet: no earlier figure of the latest's series to measure from\n"
            }
            if let deadline = metric.deadline { out += wrap(Self.deadlineLine(deadline), indent: "  ", hanging: "    ", width: width) + "\n" }
            for point in metric.series {
                let series = point.series.map { " [\($0)]" } ?? ""
                out += "  \(point.period)  \(metric.unit.format(point.value))\(series)  \(style.dim(point.evidence))\(point.note.map { " — \($0)" } ?? "")\n"
            }
            if metric.series.isEmpty { out += "  no observations yet\n" }
            for sentence in [MetricText.pace(metric), MetricText.latestPeriod(metric)].compactMap({ $0 }) {
                out += wrap(sentence, indent: "  ", hanging: "  ", width: width) + "\n"
            }
        }
        out += "\n" + style.bold("Why") + "\n"
        for reason in view.reasons {
            // Evidence checked only in part says so where it is cited, not only in the timeline below.
            let cites = reason.evidence.isEmpty ? "" : " [" + reason.evidence.map { $0.id + ($0.partlyVerified ? ", partly verified" : "") }.joined(separator: "; ") + "]"
            out += wrap("- \(reason.text)\(cites)", indent: "  ", hanging: "    ", width: width) + "\n"
        }
        out += "\n" + style.bold("Evidence") + " (\(view.timeline.count))\n"
        for entry in view.timeline {
            let item = entry.evidence
            let effects = entry.bearings.map { b in b.effect.rawValue + (b.milestone.map { " \($0)" } ?? "") }.joined(separator: ", ")
            let partly = item.confidence == .partly ? "; partly verified" : ""
            out += "  \(item.date)  \(item.title) — \(item.attribution) [\(item.kind.rawValue); \(effects)\(partly)]\n"
            if let url = item.url { out += "              \(style.dim(url))\n" }
        }
        if !a.warnings.isEmpty {
            out += "\n" + style.yellow("Warnings") + "\n"
            for warning in a.warnings { out += "  - \(warning)\n" }
        }
        // The lines not wrapped above (figures, the timeline, warnings) are fitted to the terminal when it is narrower.
        return style.fitting(out)
    }

    /// The calls linked to the recommendation in date order, each with how it relates, its note and its address.
    private func lineage(style: TerminalStyle, width: Int) -> String {
        var out = style.bold("Lineage") + " (links to other calls; they never change the status)\n"
        for entry in view.lineage.entries {
            let date = entry.date.description + String(repeating: " ", count: max(0, 10 - entry.date.description.count))
            let partly = entry.confidence == .partly ? " (partly verified)" : ""
            let line = entry.kind == nil ? "\(LineageText.words(entry.call).name): this recommendation"
                : "\(LineageText.label(entry.kind)): \(LineageText.name(entry.call))\(partly)"
            out += wrap(line, indent: "  \(date)  ", hanging: "              ", width: width) + "\n"
            if let note = entry.note { out += wrap(note, indent: "              ", hanging: "              ", width: width) + "\n" }
            if let call = entry.call.outside { out += "              \(style.dim(call.url))\n" }
        }
        return out
    }

    /// The check box of a milestone's state.
    static func mark(_ state: MilestoneProgress) -> String {
        switch state {
        case .met: return "[x]"
        case .partlyMet: return "[~]"
        case .notMet: return "[ ]"
        }
    }

    private func wrap(_ text: String, indent: String, hanging: String? = nil, width: Int) -> String {
        TextWrap.text(text, width: width, indent: indent, hanging: hanging)
    }

    /// "due by 2027-04-01, set by the government (2026-02-18-…): not due"
    static func deadlineLine(_ state: DeadlineState) -> String {
        let d = state.deadline
        return "due by \(d.date), \(DeadlineText.setter(d))\(d.origin.evidence.map { " (\($0))" } ?? ""): \(DeadlineText.standing(state))"
    }

    /// "Department for Education (DfE)", or for a renamed owner its name on the date assessed:
    /// "Ministry of Housing, Communities and Local Government (MHCLG), formerly Department for Communities and Local
    /// Government (DCLG)", as the site words it.
    private func ownerName(_ role: RecommendationView.OwnerRole) -> String {
        guard role.known else { return role.id }
        guard let owner = owners?.owner(id: role.id) else { return "\(role.name) (\(role.id))" }
        let day = view.assessment.asOf, full = owner.fullName(on: day)
        return "\(full) (\(owner.shortName(on: day)))" + (full == owner.name ? "" : ", formerly \(owner.name) (\(owner.id))")
    }
}
