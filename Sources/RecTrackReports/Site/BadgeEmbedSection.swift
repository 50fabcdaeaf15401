import RecTrackCore

/// The section of a recommendation's page that offers its badge to others: the badge as it looks, its address in
/// the site, and snippets to embed it in HTML and in Markdown, each linking back to the page.
///
/// With `report --site-url` the snippets carry absolute addresses; without it the site does not know the address it
/// will be published at, so they are relative to the site's folder and the text says to put that address in front.
struct BadgeEmbedSection {
    let site: SiteContext
    let assessment: Assessment

    func render(h: HeadingLevels) -> Markup {
        let id = assessment.recommendation
        let badge = site.badge(assessment)
        let prefix = site.address?.url ?? ""
        let path = prefix + SiteContext.badgePath(id), page = prefix + SiteContext.recommendationPath(id)
        // The snippets are text on this page: built as plain strings, then escaped once as the page's text.
        let html = "<a href=\"\(page)\"><img src=\"\(path)\" alt=\"\(HTML.escape(badge.label))\" width=\"\(SVGNumber.text(badge.width))\" height=\"\(SVGNumber.text(Badge.height))\"></a>"
        let markdown = "[![\(Markdown.escape(badge.label, in: .prose))](\(path))](\(page))"
        return """
        <section aria-labelledby="\(id)-badge" class="badge-embed">
        \(h.sub("\(id)-badge", "Badge for this recommendation"))
        <p class="badge-preview"><img src="../\(SiteContext.badgePath(id))" alt="\(badge.label)" width="\(SVGNumber.text(badge.width))" height="\(SVGNumber.text(Badge.height))"></p>
        <p>To show where this recommendation stands on another page, embed its badge. It is redrawn each time the site is, so it says what this page says, as of the same date. \(addressSentence(path: path, page: page))</p>
        <p>In a web page (HTML):</p>
        <pre><code>\(html)</code></pre>
        <p>In Markdown:</p>
        <pre><code>\(markdown)</code></pre>
        </section>
        """
    }

    private func addressSentence(path: String, page: String) -> Markup {
        if site.address != nil { return "Its address is <code>\(path)</code>." }
        return "Its address is <code>\(path)</code> within the site: put the site's published address in front of it, and of <code>\(page)</code> in the snippets below."
    }
}
