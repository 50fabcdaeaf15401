import RecTrackCore

/// Renders one recommendation in full for the terminal: text, milestones, metrics, evidence timeline, rationale.
public struct ShowRenderer {
    /// The recommendation.
    public let recommendation: Recommendation
    /// Its assessment.
    public let assessment: Assessment
    /// The evidence bearing on it (visible as of the date), oldest first.
    public let evidence: [Evidence]
    /// The owners, for full names.
    public let owners: OwnerDirectory

    /// Creates a renderer.
    public init(recommendation: Recommendation, assessment: Assessment, evidence: [Evidence], owners: OwnerDirectory) {
        self.recommendation = recommendation
        self.assessment = assessment
        self.evidence = evidence
        self.owners = owners
    }

    /// The text.
    public func render(style: TerminalStyle = .plain) -> String {
        let a = assessment
        var out = style.bold("\(a.recommendation). \(recommendation.title)") + "\n"
        out += "Theme: \(recommendation.theme)\n"
        out += "Owners: \(recommendation.owners.map { id in owners.owner(id: id).map { "\($0.name) (\(id))" } ?? id }.joined(separator: "; "))\n\n"
        out += wrap("“\(recommendation.text)”", indent: "  ") + "\n\n"
        var statusLine = "Status: \(style.status(a.status, a.status.label)) — \(NumberText.format(a.progress))% \(ProgressBar.render(a.progress, width: 20))"
        if a.stale { statusLine += " " + style.yellow("(stale)") }
        out += statusLine + "\n"
        if let response = a.response { out += "Formal response: \(response.rawValue)\n" }
        if let trend = a.trend {
            out += "Trend since \(trend.since): \(trend.direction.rawValue) (was \(trend.previousStatus.rawValue), \(NumberText.format(trend.previousProgress))%)\n"
        }
        out += "As of \(a.asOf)\(a.knownAt.map { ", known at \($0)" } ?? "")\n"
        if !a.milestones.isEmpty {
            out += "\n" + style.bold("Done when") + "\n"
            for m in a.milestones {
                let mark: String
                switch m.state {
                case .met: mark = "[x]"
                case .partlyMet: mark = "[~]"
                case .notMet: mark = "[ ]"
                }
                out += wrap("\(mark) \(m.title) (\(m.state.rawValue)\(m.claimsOnly ? ", on claims only" : ""))", indent: "  ", hanging: "      ") + "\n"
                for id in m.evidence { out += "        \(style.dim(id))\n" }
            }
        }
        for metric in a.metrics {
            out += "\n" + style.bold("Metric: \(metric.title)") + "\n"
            out += "  baseline \(metric.unit.format(metric.baseline.value)) at \(metric.baseline.period); target \(metric.unit.format(metric.target)) (\(metric.direction.rawValue))\n"
            for point in metric.series {
                out += "  \(point.period)  \(metric.unit.format(point.value))  \(style.dim(point.evidence))\(point.note.map { " — \($0)" } ?? "")\n"
            }
            if metric.series.isEmpty { out += "  no observations yet\n" }
        }
        out += "\n" + style.bold("Why") + "\n"
        for sentence in a.rationale {
            let cites = sentence.evidence.isEmpty ? "" : " [" + sentence.evidence.joined(separator: ", ") + "]"
            out += wrap("- \(sentence.text)\(cites)", indent: "  ", hanging: "    ") + "\n"
        }
        out += "\n" + style.bold("Evidence") + " (\(evidence.count))\n"
        for item in evidence {
            let effects = item.bearings(on: recommendation.id).map { b in b.effect.rawValue + (b.milestone.map { " \($0)" } ?? "") }.joined(separator: ", ")
            out += "  \(item.date)  \(item.title) — \(item.publisher) [\(item.kind.rawValue); \(effects)]\n"
            if let url = item.url { out += "              \(style.dim(url))\n" }
        }
        if !a.warnings.isEmpty {
            out += "\n" + style.yellow("Warnings") + "\n"
            for warning in a.warnings { out += "  - \(warning)\n" }
        }
        return out
    }

    private func wrap(_ text: String, indent: String, hanging: String? = nil, width: Int = 100) -> String {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > width && line.trimmingWhitespace.count > 0 {
                lines.append(line)
                line = hanging ?? indent
            }
            line += (line.hasSuffix(" ") || line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
