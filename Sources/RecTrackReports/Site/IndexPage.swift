import RecTrackCore

/// The site's front page: the headline (count per status and overall progress), the
/// status-distribution chart, how to read the statuses and marks, the table of recommendations,
/// and what changed since last quarter.
struct IndexPage {
    let site: SiteContext

    func render() -> String {
        let data = site.data
        let report = data.tracker.report
        let assessments = data.assessments
        // A tracker with several reports has a section per report (ReportPage); one report keeps its one table.
        let tables: Markup = ReportPage.indexSections(site: site) ?? """
        <section aria-labelledby="table-heading">
        <h2 id="table-heading">Every recommendation</h2>
        \(RecommendationTable(site: site, root: "").render(caption: "The \(assessments.count) recommendations, their status and progress as of \(DateText.long(data.asOf))", rows: data.entries.map { ($0.recommendation, $0.assessment) }))
        </section>
        """
        let title: Markup = data.tracker.hasSeveralReports ? "\(data.tracker.reports.count) reports" : "<cite>\(report.title)</cite>"
        let lead: Markup = data.tracker.hasSeveralReports ? "Assessed as of \(Fragment.time(data.asOf))."
            : "\(report.subtitle.map { "\($0). " } ?? "")Published by the \(report.publisher) on \(Fragment.time(report.date)). Assessed as of \(Fragment.time(data.asOf))."
        let main: Markup = """
        <h1>Where government stands on the \(assessments.count) recommendations of \(title)</h1>
        <p class="lead">\(lead)</p>
        \(IndexPage.headline(site: site))
        \(SiteLegend(data: data).render())
        \(tables)
        \(ChangesSection(site: site).render())
        \(DataPackageLink.render())
        """
        return PageLayout(site: site).document(
            title: "Where government stands",
            description: "\(Headline.sentence(assessments)) As of \(DateText.long(data.asOf)).",
            root: "", section: .overview, main: main)
    }

    /// How far government has gone: the overall figure, the count per status and the status chart.
    static func headline(site: SiteContext, assessments: [Assessment]? = nil) -> Markup {
        let assessments = assessments ?? site.data.assessments
        let overall = Headline.overallProgress(assessments)
        return """
        <section class="headline" aria-labelledby="headline-heading">
        <div class="headline-text">
        <h2 id="headline-heading">How far government has gone</h2>
        <p class="headline-figure"><span class="big">\(NumberText.format(overall))%</span> of the way overall</p>
        \(Fragment.progress(overall, colour: StatusPalette.header))
        <p class="headline-sentence">\(IndexPage.countsSentence(assessments))</p>
        <p class="note">Overall progress is the average of the recommendations' progress.</p>
        </div>
        <figure class="chart-figure status-figure">
        <figcaption>\(StatusChart.summary(assessments)) Number of recommendations at each status, as of \(DateText.long(site.data.asOf)).</figcaption>
        \(StatusChart(assessments: assessments).render())
        \(StatusChart(assessments: assessments).figuresTable())
        </figure>
        </section>
        """
    }

    /// "Of 12 recommendations: 1 implemented, 7 substantial and 4 limited."
    static func countsSentence(_ assessments: [Assessment]) -> String {
        let byStatus = Headline.statusCounts(assessments)
        let parts = StatusChart.order.compactMap { status -> String? in
            byStatus[status].map { "\($0) \(status.label)" }
        }
        let list = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts.first ?? "none assessed"
        return "Of \(assessments.count) recommendations: \(list)."
    }
}
