import RecTrackCore

/// `print.html`: the whole pack on one page for a briefing folder: the headline and table,
/// then every recommendation, each starting on a new printed page.
struct PrintPage {
    let site: SiteContext

    func render() -> String {
        let data = site.data
        let articles = site.views.map { view in
            RecommendationArticle(site: site, view: view, detail: .pack).render(root: "", depth: 2)
        }
        let main: Markup = """
        <h1>\(data.tracker.report.title): every recommendation, as of \(Fragment.time(data.asOf))</h1>
        <p class="lead screen-only">This page holds the whole pack. Print it to get the summary, then each recommendation on its own page, with web addresses written out.</p>
        <p class="headline-sentence">\(Headline.sentence(data.assessments))</p>
        \(RecommendationTable(site: site, root: "").render(caption: "Summary as of \(DateText.long(data.asOf))", rows: data.entries.map { ($0.recommendation, $0.assessment) }))
        <div class="print-pack">
        \(Markup.join(articles, separator: "\n"))
        </div>
        """
        return PageLayout(site: site).document(
            title: "Every recommendation (print)",
            description: "Every recommendation of \(data.tracker.report.title) in full, one per printed page.",
            root: "", section: .print, main: main)
    }
}
