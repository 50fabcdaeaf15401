import RecTrackCore

/// The Markdown brief for an MP's pack (`rectrack report --format markdown`): at most two
/// printed pages with the headline, the table, what changed since last quarter and two
/// lines per recommendation: where it stands, and what happened. Dates are written in full, as in prose.
///
/// Every piece of text from the tracker goes through ``Markdown/escape(_:in:)``, and only
/// http(s) addresses become links (``Markdown/link(_:_:)``).
public struct BriefRenderer {
    /// The assessed tracker.
    public let data: AssessedTracker
    /// The tool's version, stated at the top.
    public let toolVersion: String
    /// At most this many new evidence items are listed; the rest are counted.
    public static let newEvidenceLimit = 8

    /// Creates a renderer.
    public init(_ data: AssessedTracker, toolVersion: String = RecTrackVersion.current) {
        self.data = data
        self.toolVersion = toolVersion
    }

    /// The brief.
    public func render() -> String {
        let reports = data.tracker.reports
        let since = DateText.long(data.trendsSince)
        var out = "# \(Markdown.escape(ReportGroup.title(of: data.tracker), in: .prose)): where government stands\n\n*"
        out += reports.map { report in
            "\(Markdown.link(report.title, report.url, in: .prose)), \(Markdown.escape(report.publisher, in: .prose)), \(DateText.long(report.date)). "
        }.joined()
        out += "Assessed as of \(DateText.long(data.asOf))"
        if let knownAt = data.knownAt {
            out += ", using only evidence recorded by \(DateText.long(knownAt))"
        } else if let newest = data.newestRecord {
            out += ", with evidence recorded up to \(DateText.long(newest))"
        }
        out += "; rectrack \(Markdown.escape(toolVersion, in: .prose)).*\n\n"

        out += "## Headline\n\n"
        out += "**\(NumberText.format(Headline.overallProgress(data.assessments)))% of the way overall.** "
        out += Markdown.escape(countsSentence(), in: .prose) + "\n\n"

        out += "## Where each recommendation stands\n\n"
        // With several reports, each has its own table under its title.
        out += !data.tracker.hasSeveralReports ? table(data.assessments, since: since)
            : ReportGroup.groups(data.assessments, in: data.tracker).map { group in
                "### \(Markdown.escape(group.report.title, in: .prose))\n\n" + table(group.assessments, since: since)
            }.joined(separator: "\n")

        out += "\n**How to read the status.** " + Markdown.escape(Status.rule, in: .prose) + " "
        out += StatusLegend.statuses(in: data.assessments).map { "**\($0.label.capitalisedFirst)**: \(Markdown.escape($0.meaning, in: .prose))" }.joined(separator: " ")
        out += AssessmentFlag.legend(for: data.assessments).map { " *\($0.label.capitalisedFirst)*: \(Markdown.escape($0.meaning, in: .prose))" }.joined() + "\n"

        out += "\n## What changed since \(since)\n\n"
        let moved = data.moved
        if moved.isEmpty {
            out += "- No recommendation changed status or progress.\n"
        }
        for a in moved {
            out += "- **\(label(a)). \(Markdown.escape(a.title, in: .prose))** \(Markdown.escape(TrendText.movement(a) ?? "changed", in: .prose)).\n"
        }
        for a in data.assessments {
            guard let previous = a.trend?.previousResponse, let now = a.response else { continue }
            out += "- **\(label(a)). \(Markdown.escape(a.title, in: .prose))**: the formal response changed from \(previous.words) to \(now.words).\n"
        }
        let fresh = data.newEvidence
        if fresh.isEmpty {
            out += "- No new evidence is dated after \(since).\n"
        } else {
            out += "- New evidence dated after \(since) (\(fresh.count)):\n"
            for item in fresh.prefix(BriefRenderer.newEvidenceLimit) {
                let recommendations = item.bearings.map(\.recommendation).uniqued.joined(separator: ", ")
                out += "  - \(DateText.long(item.date)): \(Markdown.link(item.title, item.url, in: .prose)) (\(Markdown.escape(item.attribution, in: .prose))); "
                out += "bears on \(Markdown.escape(recommendations, in: .prose)).\n"
            }
            if fresh.count > BriefRenderer.newEvidenceLimit {
                out += "  - and \(fresh.count - BriefRenderer.newEvidenceLimit) more: see the site's evidence timelines.\n"
            }
        }

        out += "\n## Each recommendation in two lines\n\n"
        for a in data.assessments {
            var first = "**\(label(a)). \(Markdown.escape(a.title, in: .prose))**: \(a.status.label), \(NumberText.format(a.progress))%"
            if let trend = a.trend { first += ", \(trend.direction.rawValue) since \(DateText.long(trend.since))" }
            if a.stale { first += "; stale: the newest evidence is from \(a.lastEvidence.map(DateText.long) ?? "long ago")" }
            for deadline in a.deadlines where [.dueSoon, .pastDue, .metLate].contains(deadline.standing) {
                first += "; “\(Markdown.escape(deadline.title, in: .prose))”: \(deadline.standing.words), due \(DateText.long(deadline.deadline.date)), \(DeadlineText.setter(deadline.deadline))"
            }
            let figures = a.metrics.compactMap(MetricText.comparability).map { " " + $0 }.joined()
            let views = a.standingReplies.map { "\\\n" + Markdown.escape(ReplyText.sentence($0), in: .lineStart) + "." }.joined()
            out += first + ".\\\n" + Markdown.escape(DateText.spellingOut(in: whatHappened(a) + figures), in: .lineStart) + views + lineage(a) + "\n\n"
        }
        return out
    }

    /// One more line when later calls repeat or build on the recommendation, or it repeats or builds on earlier ones
    /// (``LineageText/brief(_:)``); related calls are on the site, which the two pages leave room for.
    private func lineage(_ a: Assessment) -> String {
        guard let recommendation = data.tracker.recommendation(a.recommendation),
              let line = LineageText.brief(Lineage(of: recommendation, in: data.tracker)) else { return "" }
        return "\\\n" + Markdown.escape(line, in: .lineStart)
    }

    /// The table of `assessments`.
    private func table(_ assessments: [Assessment], since: String) -> String {
        var out = "| No. | Recommendation | Owners | Status | Progress | Since \(since) | Last evidence |\n"
        out += "|---:|---|---|---|---:|---|---|\n"
        for a in assessments {
            let status = "**\(Markdown.escape(a.status.label.capitalisedFirst))**" + AssessmentFlag.suffix(of: a)
            // Owners as they were called on the date assessed, as the status table names them (DCLG became MHCLG).
            let owners = a.owners.map { data.tracker.owners.owner(id: $0)?.shortName(on: data.asOf) ?? $0 }.joined(separator: ", ")
            let cells = [String(a.number), Markdown.escape(a.title), Markdown.escape(owners), status,
                         "\(NumberText.format(a.progress))%", Markdown.escape(TrendText.cell(a)),
                         a.lastEvidence.map(DateText.long) ?? "none"]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// How a recommendation is named in a line: its number, or its qualified id when several reports share numbers.
    private func label(_ a: Assessment) -> String {
        a.reportID == nil ? String(a.number) : Markdown.escape(a.recommendation, in: .prose)
    }

    /// What happened: the one-line reason, which names the key event; where it can name none (a bare share of the
    /// way, or a refusal), the first sentence of the reasoning that cites evidence.
    private func whatHappened(_ a: Assessment) -> String {
        guard a.status == .rejected || a.reason.hasSuffix("% of the way."),
              let cited = a.rationale.first(where: { !$0.evidence.isEmpty })?.text else { return a.reason }
        return cited
    }

    /// "Of 12 recommendations: 1 implemented, 7 substantial, 4 limited."
    private func countsSentence() -> String {
        let byStatus = Headline.statusCounts(data.assessments)
        let parts = Status.allCases.reversed().compactMap { status -> String? in
            byStatus[status].map { "\($0) \(status.label)" }
        }
        return "Of \(data.assessments.count) recommendations: \(parts.joined(separator: ", "))."
    }
}


extension Array where Element: Hashable {
    /// The elements in order, each once.
    var uniqued: [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
