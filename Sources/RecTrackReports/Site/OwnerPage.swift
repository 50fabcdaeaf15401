import RecTrackCore

/// One owner's page: who it is (with the names it has had), what it owns, and where each of
/// those recommendations stands.
struct OwnerPage {
    let site: SiteContext
    let owner: Owner

    /// The page `owners/DfE.html`.
    func render() -> String {
        let owned = site.recommendations(ownedBy: owner.id)
        let assessments = owned.map(\.assessment)
        let leads = owned.filter(\.lead).count
        let current = site.ownerNames(owner.id)
        let leadText = leads == 0 ? "leads none of them" : leads == owned.count ? "leads \(owned.count == 1 ? "it" : "all of them")" : "leads \(leads)"
        let summary: Markup
        if owned.isEmpty {
            summary = "<p class=\"lead\">\(current.short) is not named as an owner of any recommendation.</p>"
        } else {
            summary = """
            <p class="lead">\(current.short) is an owner of \(owned.count) of the \(site.data.assessments.count) recommendations and \(leadText).</p>
            <section class="headline" aria-labelledby="owner-headline">
            <div class="headline-text">
            <h2 id="owner-headline">How far they have gone</h2>
            <p class="headline-figure"><span class="big">\(NumberText.format(Headline.overallProgress(assessments)))%</span> of the way on average</p>
            \(Fragment.progress(Headline.overallProgress(assessments), colour: StatusPalette.header))
            <p class="headline-sentence">\(IndexPage.countsSentence(assessments))</p>
            </div>
            </section>
            <section aria-labelledby="owner-table">
            <h2 id="owner-table">Recommendations \(owner.id) owns</h2>
            \(RecommendationTable(site: site, root: "../").render(
                caption: "Recommendations owned by \(current.full), as of \(DateText.long(site.data.asOf))",
                rows: owned.map { ($0.recommendation, $0.assessment) },
                role: { recommendation in recommendation.owners.first == owner.id ? "Lead" : "With \(recommendation.owners.first.map { site.ownerNames($0).short } ?? "others")" }))
            </section>
            """
        }
        let main: Markup = """
        <p class="breadcrumb"><a href="../index.html">All recommendations</a> › \(current.short)</p>
        <h1>\(current.full) <span class="owner-id">(\(current.short))</span></h1>
        \(current.short == owner.id ? .empty : "<p class=\"lead\">Named \(owner.id) in the report and in this tracker: \(owner.name).</p>" as Markup)
        \(names())
        \(summary)
        """
        return PageLayout(site: site).document(
            title: "\(current.full) (\(current.short))",
            description: "Where the recommendations owned by \(current.full) stand, as of \(DateText.long(site.data.asOf)).",
            root: "../", section: .owner(owner.id), main: main)
    }

    /// The names the owner has had, so evidence naming it by an older name is recognised.
    private func names() -> Markup {
        guard !owner.renames.isEmpty else { return .empty }
        let first: Markup = owner.renames.first.map { " before \(Fragment.time($0.from, short: false))" } ?? .empty
        var items: [Markup] = ["<li>\(owner.name) (\(owner.id))\(first)</li>"]
        for rename in owner.renames {
            let note: Markup = rename.note.map { " <span class=\"note\">\($0)</span>" } ?? .empty
            items.append("<li>\(rename.name) (\(rename.to)) from \(Fragment.time(rename.from, short: false))\(note)</li>")
        }
        return """
        <details class="names" open>
        <summary>Names over time</summary>
        <ul>\(items)</ul>
        </details>
        """
    }
}
