import RecTrackCore

/// One recommendation's page, `recommendations/R6.html`: the full ``RecommendationArticle``
/// with a way back to the index.
struct RecommendationPage {
    let site: SiteContext
    let view: RecommendationView

    /// The page `recommendations/R6.html`.
    func render() -> String {
        let a = view.assessment, recommendation = view.recommendation
        return PageLayout(site: site).document(
            title: "Recommendation \(a.number): \(recommendation.title)",
            description: "Recommendation \(a.number) of \(site.data.tracker.report.title): \(a.status.label), \(NumberText.format(a.progress))% of the way. \(a.reason)",
            root: "../", section: .recommendation,
            main: """
            <p class="breadcrumb"><a href="../index.html">All recommendations</a> › Recommendation \(a.number)</p>
            \(RecommendationArticle(site: site, view: view, detail: .full).render(root: "../", depth: 1))
            """)
    }
}
