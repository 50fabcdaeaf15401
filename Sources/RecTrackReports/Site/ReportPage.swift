import RecTrackCore

/// In a tracker with several reports, one page per report, `reports/<report-id>.html`: the report, how far government
/// has gone on its recommendations, and their table; and the index's section per report, linking to it. A one-report
/// site has neither, so it is as it was.
struct ReportPage {
    let site: SiteContext
    let report: Report
    let rows: [(recommendation: Recommendation, assessment: Assessment)]

    /// `reports/no-good-options.html`.
    static func path(_ id: String) -> String { "reports/\(id).html" }

    /// One page per report, when the tracker has several.
    static func files(site: SiteContext) -> [SiteFile] {
        pages(site: site).map { SiteFile(path: path($0.report.id), contents: $0.render()) }
    }

    /// The index's table of every recommendation, one section per report: its title linking to its page, then its table;
    /// nil for a one-report tracker, whose index keeps its one table.
    static func indexSections(site: SiteContext) -> Markup? {
        let pages = pages(site: site)
        guard !pages.isEmpty else { return nil }
        return Markup.join(pages.map { page in
            let id = "report-\(page.report.id)"
            return """
            <section aria-labelledby="\(id)">
            <h2 id="\(id)"><a href="\(path(page.report.id))">\(page.report.title)</a></h2>
            \(page.table(root: ""))
            </section>
            """
        }, separator: "\n")
    }

    private static func pages(site: SiteContext) -> [ReportPage] {
        guard site.data.tracker.hasSeveralReports else { return [] }
        let byReport = Dictionary(grouping: site.data.entries) { $0.recommendation.report }
        return site.data.tracker.reports.map { report in
            ReportPage(site: site, report: report, rows: (byReport[report.id] ?? []).map { ($0.recommendation, $0.assessment) })
        }
    }

    /// The page.
    func render() -> String {
        let assessments = rows.map(\.assessment)
        let main: Markup = """
        <p class="breadcrumb"><a href="../index.html">All recommendations</a> › \(report.title)</p>
        <h1>Where government stands on the \(rows.count) recommendations of <cite>\(report.title)</cite></h1>
        <p class="lead">\(report.subtitle.map { "\($0). " } ?? "")Published by the \(report.publisher) on \(Fragment.time(report.date)). Assessed as of \(Fragment.time(site.data.asOf)).\(report.url.map { url -> Markup in " " + Fragment.link("Read the report", url) } ?? .empty)</p>
        \(IndexPage.headline(site: site, assessments: assessments))
        <section aria-labelledby="table-heading">
        <h2 id="table-heading">Its recommendations</h2>
        \(table(root: "../"))
        </section>
        """
        return PageLayout(site: site).document(
            title: report.title,
            description: "\(Headline.sentence(assessments)) As of \(DateText.long(site.data.asOf)).",
            root: "../", section: .report(report.id), main: main)
    }

    private func table(root: String) -> Markup {
        RecommendationTable(site: site, root: root).render(
            caption: "The \(rows.count) recommendations of \(report.title), their status and progress as of \(DateText.long(site.data.asOf))", rows: rows)
    }
}
