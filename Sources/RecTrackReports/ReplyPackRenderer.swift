import RecTrackCore

/// The pack the secretariat sends an owner before publication (`rectrack report --owner DfE --for-reply`): the
/// owner's recommendations, each draft verdict with its reasons and evidence, any reply already on record, and how
/// to reply. Markdown, every piece of text from the tracker escaped, only http(s) addresses as links.
public struct ReplyPackRenderer {
    /// The assessed tracker, already narrowed to the owner's recommendations.
    public let data: AssessedTracker
    /// The owner the pack is for.
    public let owner: Owner
    /// The tool's version, stated at the top.
    public let toolVersion: String

    /// Creates a renderer for `owner`; only the recommendations it owns are shown.
    public init(_ data: AssessedTracker, owner: Owner, toolVersion: String = RecTrackVersion.current) {
        self.data = data.filter { $0.recommendation.owners.contains(owner.id) }
        self.owner = owner
        self.toolVersion = toolVersion
    }

    /// The pack.
    public func render() -> String {
        let report = data.tracker.report
        let name = owner.shortName(on: data.asOf)
        var out = "# \(Markdown.escape(report.title)): draft verdicts for \(Markdown.escape(owner.name)) (\(Markdown.escape(name)))\n\n"
        out += "*A draft for \(Markdown.escape(name))'s reply, before publication. Assessed as of \(DateText.long(data.asOf))"
        if let knownAt = data.effectiveKnownAt { out += ", with evidence recorded up to \(DateText.long(knownAt))" }
        out += "; rectrack \(Markdown.escape(toolVersion)).*\n\n"
        out += "This pack sets out the tracker's draft verdict on each of the \(data.entries.count) recommendation\(data.entries.count == 1 ? "" : "s") "
        out += "of *\(Markdown.escape(report.title))* that \(Markdown.escape(name)) is responsible for, with the reasons and the evidence behind it. "
        out += Markdown.escape(Status.rule) + "\n\n"
        out += howToReply(name: name)
        for entry in data.entries { out += "\n" + section(entry, name: name) }
        return out
    }

    private func howToReply(name: String) -> String {
        var out = "## How to reply\n\n"
        out += "For any recommendation below, say which status you would give it (\(Status.legendOrder.map { $0.label }.joined(separator: ", "))), "
        out += "why, in words that may be published, and the evidence you rely on: an evidence id listed below, or the address of a public page.\n\n"
        out += "- Your reply is published beside the tracker's verdict, as \"\(Markdown.escape(name))'s view\"; it never replaces the verdict.\n"
        out += "- Evidence you cite changes a verdict only once it is recorded as evidence, with its public source.\n"
        out += "- A reply stands for \(Reply.defaultLifetimeMonths) months from its date unless you say how long it should stand.\n"
        out += "- Reply in the way this pack reached you; the secretariat records each reply as a file like this one:\n\n"
        if let first = data.entries.first {
            let a = first.assessment
            let cite = first.evidence.last?.id
            out += "```yaml\n"
            out += "id: \(data.asOf)-\(owner.id.lowercased())-\(a.recommendation.lowercased())\n"
            out += "recommendation: \(a.recommendation)\nowner: \(owner.id)\ndate: \(data.asOf)\nstatus: \(a.status.rawValue)\n"
            out += "says: >\n  Your words, as they may be published.\n"
            if let cite { out += "cites: [\(cite)]\n" }
            out += "channel: letter\nrecorded: \(data.asOf)\n```\n"
        }
        return out
    }

    private func section(_ entry: AssessedRecommendation, name: String) -> String {
        let a = entry.assessment, recommendation = entry.recommendation
        var out = "## \(Markdown.escape(a.recommendation)). \(Markdown.escape(recommendation.title))\n\n"
        let others = recommendation.owners.filter { $0 != owner.id }
        let role = recommendation.owners.first == owner.id ? (others.isEmpty ? "sole owner" : "lead owner") : "shared owner"
        out += "> \(Markdown.escape(recommendation.text))\n\n"
        out += "**Draft verdict: \(Markdown.escape(a.status.label))\(Markdown.escape(AssessmentFlag.suffix(of: a))), \(NumberText.format(a.progress))%**"
        out += " (\(Markdown.escape(name)): \(role)\(others.isEmpty ? "" : "; with " + Markdown.escape(others.joined(separator: ", "))))."
        out += " \(Markdown.escape(a.status.meaning))\n\n"
        out += "Why:\n\n"
        for sentence in a.rationale {
            let cites = sentence.evidence.isEmpty ? "" : " (" + sentence.evidence.map { Markdown.escape($0, in: .prose) }.joined(separator: ", ") + ")"
            out += "- \(Markdown.escape(sentence.text))\(cites)\n"
        }
        out += "\nEvidence used (\(entry.evidence.count)):\n\n"
        if entry.evidence.isEmpty { out += "- None yet.\n" }
        for item in entry.evidence {
            out += "- \(DateText.short(item.date)): \(Markdown.link(item.title, item.url)) (\(Markdown.escape(item.attribution))); id \(Markdown.escape(item.id))\n"
        }
        let reply = (a.replies ?? []).first { $0.owner == owner.id }
        let onRecord = reply.map { "\(Markdown.escape(ReplyText.sentence($0))); \(Markdown.escape(ReplyText.lapse($0)))" } ?? "none"
        return out + "\nYour reply on record: \(onRecord).\n"
    }
}
