import RecTrackCore

/// One recommendation's page, `recommendations/R6.html`: the full ``RecommendationArticle``
/// with a way back to the index.
struct RecommendationPage {
    let site: SiteContext
    let view: RecommendationView

    /// The page `recommendations/R6.html`.
    func render() -> String {
        let a = view.assessment, recommendation = view.recommendation
        // With several reports, the way back passes through the recommendation's report.
        let breadcrumb: Markup = recommendation.isQualified && site.data.tracker.hasSeveralReports
            ? "<a href=\"../\(ReportPage.path(recommendation.report))\">\(view.reportTitle)</a> › " : .empty
        let feed = (SiteFeeds.recommendationPath(recommendation.id), "Recommendation \(a.number): what changed, quarter by quarter")
        return PageLayout(site: site, feed: feed).document(
            title: "Recommendation \(a.number): \(recommendation.title)",
            description: "Recommendation \(a.number) of \(view.reportTitle): \(a.status.label), \(NumberText.format(a.progress))% of the way. \(a.reason)",
            root: "../", section: .recommendation,
            main: """
            <p class="breadcrumb"><a href="../index.html">All recommendations</a> › \(breadcrumb)Recommendation \(a.number)</p>
            \(RecommendationArticle(site: site, view: view, detail: .full).render(root: "../", depth: 1))
            """)
    }
}
