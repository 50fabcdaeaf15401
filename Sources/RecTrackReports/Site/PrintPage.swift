import RecTrackCore

/// `print.html`: the pack an MP takes into a meeting. Printed on A4 it is a cover (the headline, how to
/// read it, the dates behind it), a page with what changed and every recommendation at a glance, then
/// each recommendation on a page of its own; every page is numbered and every web address written out.
struct PrintPage {
    let site: SiteContext

    /// The page within the pack where a recommendation starts: after the cover and the summary page.
    static func page(ofRecommendationAt index: Int) -> Int { index + 3 }

    func render() -> String {
        let data = site.data
        let report = data.tracker.report
        let count = site.views.count
        let articles = site.views.map { view in
            RecommendationArticle(site: site, view: view, detail: .pack).render(root: "", depth: 2)
        }
        let inPack: (String) -> String = { "#\($0)" }
        // Several reports are each named, with their publishers, in the colophon on the cover.
        let published: Markup = data.tracker.hasSeveralReports ? .empty
            : " \(report.subtitle.map { "\($0). " } ?? "")Published by the \(report.publisher) on \(Fragment.time(report.date))."
        let layout = PageLayout(site: site)
        let contents: Markup = count == 0 ? .empty : """
        <p class="pack-contents">Page 2: what changed and every recommendation at a glance. \
        Pages \(PrintPage.page(ofRecommendationAt: 0)) to \(PrintPage.page(ofRecommendationAt: count - 1)): \
        one recommendation per page, in order.</p>
        """
        let main: Markup = """
        <section class="pack-cover" aria-labelledby="pack-title">
        <h1 id="pack-title">\(ReportGroup.title(of: data.tracker)): where government stands on \(data.tracker.hasSeveralReports ? "their" : "its") \(count) recommendations</h1>
        <p class="lead">Briefing pack, as of \(Fragment.time(data.asOf)).\(published)</p>
        <p class="lead screen-only">This page holds the whole pack. Print it on A4 to get this cover, a page on what changed, then each recommendation on its own page, with web addresses written out.</p>
        \(IndexPage.headline(site: site))
        \(contents)
        \(SiteLegend(data: data).render())
        <div class="colophon print-only">\(layout.colophon())</div>
        </section>
        <section class="pack-summary" aria-labelledby="glance-heading">
        \(ChangesSection(site: site, link: inPack).render())
        <h2 id="glance-heading">Every recommendation at a glance</h2>
        \(RecommendationTable(site: site, root: "", link: inPack).render(caption: "Status and progress as of \(DateText.long(data.asOf)); the reasons are on each recommendation's page", rows: data.entries.map { ($0.recommendation, $0.assessment) }))
        </section>
        <div class="print-pack">
        \(Markup.join(articles, separator: "\n"))
        </div>
        """
        return layout.document(
            title: "Briefing pack (print)",
            description: "Every recommendation of \(ReportGroup.title(of: data.tracker)), one per printed page, with what changed.",
            root: "", section: .print, main: main, footer: layout.footer(printed: false))
    }
}
