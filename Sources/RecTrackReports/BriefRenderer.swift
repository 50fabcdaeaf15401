import RecTrackCore

/// The Markdown brief for an MP's pack (`rectrack report --format markdown`): at most two
/// printed pages with the headline, the table, what changed since last quarter and two
/// lines per recommendation.
///
/// Every piece of text from the tracker goes through ``Markdown/escape(_:)``, and only
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
        let report = data.tracker.report
        let since = DateText.long(data.trendsSince)
        var out = "# \(Markdown.escape(report.title)): where government stands\n\n"
        out += "*\(Markdown.link(report.title, report.url)), \(Markdown.escape(report.publisher)), \(DateText.long(report.date)). "
        out += "Assessed as of \(DateText.long(data.asOf))"
        if let knownAt = data.knownAt {
            out += ", using only evidence recorded by \(DateText.long(knownAt))"
        } else if let newest = data.newestRecord {
            out += ", with evidence recorded up to \(DateText.long(newest))"
        }
        out += "; rectrack \(Markdown.escape(toolVersion)).*\n\n"

        out += "## Headline\n\n"
        out += "**\(NumberText.format(Headline.overallProgress(data.assessments)))% of the way overall.** "
        out += Markdown.escape(countsSentence()) + "\n\n"

        out += "## Where each recommendation stands\n\n"
        out += "| No. | Recommendation | Owners | Status | Progress | Since \(DateText.short(data.trendsSince)) | Last evidence |\n"
        out += "|---:|---|---|---|---:|---|---|\n"
        for a in data.assessments {
            let status = "**\(Markdown.escape(a.status.label.capitalisedFirst))**" + AssessmentFlag.suffix(of: a)
            let cells = [String(a.number), Markdown.escape(a.title), Markdown.escape(a.owners.joined(separator: ", ")), status,
                         "\(NumberText.format(a.progress))%", Markdown.escape(TrendText.cell(a)),
                         a.lastEvidence.map(DateText.short) ?? "none"]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }

        out += "\n**How to read the status.** " + Markdown.escape(Status.rule) + " "
        out += StatusLegend.statuses(in: data.assessments).map { "**\($0.label.capitalisedFirst)**: \(Markdown.escape($0.meaning))" }.joined(separator: " ")
        out += AssessmentFlag.legend(for: data.assessments).map { " *\($0.label.capitalisedFirst)*: \(Markdown.escape($0.meaning))" }.joined() + "\n"

        out += "\n## What changed since \(since)\n\n"
        let moved = data.moved
        if moved.isEmpty {
            out += "- No recommendation changed status or progress.\n"
        }
        for a in moved {
            out += "- **\(a.number). \(Markdown.escape(a.title))** \(Markdown.escape(TrendText.movement(a) ?? "changed")).\n"
        }
        for a in data.assessments {
            guard let previous = a.trend?.previousResponse, let now = a.response else { continue }
            out += "- **\(a.number). \(Markdown.escape(a.title))**: the formal response changed from \(previous.words) to \(now.words).\n"
        }
        let fresh = data.newEvidence
        if fresh.isEmpty {
            out += "- No new evidence is dated after \(since).\n"
        } else {
            out += "- New evidence dated after \(since) (\(fresh.count)):\n"
            for item in fresh.prefix(BriefRenderer.newEvidenceLimit) {
                let recommendations = item.bearings.map(\.recommendation).uniqued.joined(separator: ", ")
                out += "  - \(DateText.short(item.date)): \(Markdown.link(item.title, item.url)) (\(Markdown.escape(item.attribution))); "
                out += "bears on \(Markdown.escape(recommendations)).\n"
            }
            if fresh.count > BriefRenderer.newEvidenceLimit {
                out += "  - and \(fresh.count - BriefRenderer.newEvidenceLimit) more: see the site's evidence timelines.\n"
            }
        }

        out += "\n## Each recommendation in two lines\n\n"
        for a in data.assessments {
            var first = "**\(a.number). \(Markdown.escape(a.title))**: \(Markdown.escape(a.status.label)), \(NumberText.format(a.progress))%"
            if let trend = a.trend { first += ", \(trend.direction.rawValue) since \(DateText.short(trend.since))" }
            if a.stale { first += "; stale: the newest evidence is from \(a.lastEvidence.map(DateText.short) ?? "long ago")" }
            for deadline in a.deadlines where [.dueSoon, .pastDue, .metLate].contains(deadline.standing) {
                first += "; “\(Markdown.escape(deadline.title))”: \(deadline.standing.words), due \(DateText.short(deadline.deadline.date)), \(DeadlineText.setter(deadline.deadline))"
            }
            let figures = a.metrics.compactMap(MetricText.comparability).map { " " + Markdown.escape($0) }.joined()
            out += first + ".\\\n" + Markdown.escape(a.reason) + figures + "\n\n"
        }
        return out
    }

    /// "Of 12 recommendations: 1 implemented, 7 substantial, 4 limited."
    private func countsSentence() -> String {
        let parts = Status.allCases.reversed().compactMap { status -> String? in
            let n = data.assessments.filter { $0.status == status }.count
            return n == 0 ? nil : "\(n) \(status.label)"
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
