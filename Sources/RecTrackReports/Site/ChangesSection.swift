import RecTrackCore

/// "What changed since 30 September 2026": the recommendations that moved and the newest evidence, on the
/// index page and in the print pack. When no earlier date was compared it says so rather than listing nothing.
struct ChangesSection {
    let site: SiteContext
    /// The way back to the site's folder: "" or "../".
    var root = ""
    /// Where a recommendation links: its page, or (in the print pack) its page in the pack.
    var link: (String) -> String = { SiteContext.recommendationPath($0) }

    func render() -> Markup {
        let data = site.data
        guard let compared = data.comparedWith else {
            return """
            <section aria-labelledby="changes-heading" class="changes">
            <h2 id="changes-heading">What changed</h2>
            <p>No earlier date was compared with this assessment, so no changes can be shown.</p>
            </section>
            """
        }
        let since = DateText.long(compared)
        let moved = data.moved.map { a -> Markup in
            "<li><a href=\"\(root)\(link(a.recommendation))\">\(a.number). \(a.title)</a> \(TrendText.movement(a) ?? "changed").</li>"
        }
        let fresh = data.newEvidence
        let limit = BriefRenderer.newEvidenceLimit
        let evidence = fresh.prefix(limit).map { item -> Markup in
            let links = item.bearings.map(\.recommendation).uniqued.map { id -> Markup in
                data.tracker.recommendation(id) == nil ? "\(id)" : "<a href=\"\(root)\(link(id))\">\(id)</a>"
            }
            return "<li>\(Fragment.time(item.date)): \(Fragment.link(item.title, item.url)) (\(item.attribution)); bears on \(Markup.join(links, separator: ", ")).</li>"
        }
        let more: Markup = fresh.count > limit ? "<li>and \(fresh.count - limit) more, in the recommendations' timelines.</li>" : .empty
        return """
        <section aria-labelledby="changes-heading" class="changes">
        <h2 id="changes-heading">What changed since \(since)</h2>
        \(moved.isEmpty ? "<p>No recommendation changed status or progress.</p>" as Markup : "<ul>\(moved)</ul>")
        \(fresh.isEmpty ? "<p>No new evidence is dated after \(since).</p>" as Markup : "<p>New evidence dated after \(since) (\(fresh.count)):</p><ul>\(evidence)\(more)</ul>")
        </section>
        """
    }
}
