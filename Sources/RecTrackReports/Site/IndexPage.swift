import RecTrackCore

/// The site's front page: the headline (count per status and overall progress), the
/// status-distribution chart, the table of recommendations, what changed since last quarter,
/// and how to read the statuses.
struct IndexPage {
    let site: SiteContext

    func render() -> String {
        let data = site.data
        let report = data.tracker.report
        let assessments = data.assessments
        let overall = Headline.overallProgress(assessments)
        let main: Markup = """
        <h1>Where government stands on the \(assessments.count) recommendations of <cite>\(report.title)</cite></h1>
        <p class="lead">\(report.subtitle.map { "\($0). " } ?? "")Published by the \(report.publisher) on \(Fragment.time(report.date)). Assessed as of \(Fragment.time(data.asOf)).</p>
        <section class="headline" aria-labelledby="headline-heading">
        <div class="headline-text">
        <h2 id="headline-heading">How far government has gone</h2>
        <p class="headline-figure"><span class="big">\(NumberText.format(overall))%</span> of the way overall</p>
        \(Fragment.progress(overall, colour: StatusPalette.header))
        <p class="headline-sentence">\(IndexPage.countsSentence(assessments))</p>
        <p class="note">Overall progress is the average of the recommendations' progress.</p>
        </div>
        <figure class="chart-figure status-figure">
        \(StatusChart(assessments: assessments).render())
        <figcaption>Number of recommendations at each status, as of \(DateText.long(data.asOf)).</figcaption>
        </figure>
        </section>
        <section aria-labelledby="table-heading">
        <h2 id="table-heading">Every recommendation</h2>
        \(RecommendationTable(site: site, root: "").render(caption: "The \(assessments.count) recommendations, their status and progress as of \(DateText.long(data.asOf))", rows: data.entries.map { ($0.recommendation, $0.assessment) }))
        </section>
        \(changes())
        \(IndexPage.legend())
        """
        return PageLayout(site: site).document(
            title: "Where government stands",
            description: "\(Headline.sentence(assessments)) As of \(DateText.long(data.asOf)).",
            root: "", section: .overview, main: main)
    }

    /// "Of 12 recommendations: 1 implemented, 7 substantial and 4 limited."
    static func countsSentence(_ assessments: [Assessment]) -> String {
        let parts = StatusChart.order.compactMap { status -> String? in
            let n = assessments.filter { $0.status == status }.count
            return n == 0 ? nil : "\(n) \(status.label)"
        }
        let list = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts.first ?? "none assessed"
        return "Of \(assessments.count) recommendations: \(list)."
    }

    private func changes() -> Markup {
        let data = site.data
        let since = DateText.long(data.trendsSince)
        let moved = data.moved.map { a -> Markup in
            "<li><a href=\"\(SiteContext.recommendationPath(a.recommendation))\">\(a.number). \(a.title)</a> \(TrendText.movement(a) ?? "changed").</li>"
        }
        let fresh = data.newEvidence
        let evidence = fresh.prefix(BriefRenderer.newEvidenceLimit).map { item -> Markup in
            let links = item.bearings.map(\.recommendation).uniqued.map { id -> Markup in
                data.tracker.recommendation(id) == nil ? "\(id)" : "<a href=\"\(SiteContext.recommendationPath(id))\">\(id)</a>"
            }
            return "<li>\(Fragment.time(item.date)): \(Fragment.link(item.title, item.url)) (\(item.attribution)); bears on \(Markup.join(links, separator: ", ")).</li>"
        }
        let more: Markup = fresh.count > BriefRenderer.newEvidenceLimit ? "<li>and \(fresh.count - BriefRenderer.newEvidenceLimit) more, in the recommendations' timelines.</li>" : .empty
        return """
        <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">What changed since \(since)</h2>
        \(moved.isEmpty ? "<p>No recommendation changed status or progress.</p>" as Markup : "<ul>\(moved)</ul>")
        \(fresh.isEmpty ? "<p>No new evidence is dated after \(since).</p>" as Markup : "<p>New evidence dated after \(since) (\(fresh.count)):</p><ul>\(evidence)\(more)</ul>")
        </section>
        """
    }

    /// What each status means, with its colour and label.
    static func legend() -> Markup {
        let items = Status.legendOrder.map { status -> Markup in "<div><dt>\(Fragment.badge(status))</dt><dd>\(status.meaning)</dd></div>" }
        return """
        <section aria-labelledby="legend-heading" class="legend-section">
        <h2 id="legend-heading">How to read this</h2>
        <p>Each recommendation is assessed against the evidence on file: dated, public facts such as legislation, guidance, funding and official statistics. \(Status.rule) Announcements alone never meet a milestone.</p>
        <dl class="status-legend">\(items)</dl>
        <p><span class="tag-stale">stale</span> means the newest evidence is older than the recommendation allows (usually 12 months), so the status may be out of date.</p>
        <p><span class="tag-stale">stalled</span> means \(AssessmentFlag.stalled.meaning) <span class="tag-stale">past due</span> means \(AssessmentFlag.pastDue.meaning) Neither changes the status.</p>
        </section>
        """
    }
}
