import RecTrackCore

/// The site's Atom feeds: `feed.xml` with every entry, and `recommendations/R6.xml` with one recommendation's, made
/// from the snapshots published by the date the site is assessed as of (``FeedHistory``).
struct SiteFeeds {
    let site: SiteContext
    /// Every snapshot of the tracker; those after the site's as-of date are left out.
    let snapshots: [Snapshot]
    /// Where the site is published, when known.
    let address: SiteAddress?

    /// `feed.xml`.
    static let path = "feed.xml"
    /// `recommendations/R6.xml`.
    static func recommendationPath(_ id: String) -> String { "recommendations/\(RecommendationIndex.fileStem(id)).xml" }

    /// The feed files, `feed.xml` first.
    func files() -> [SiteFile] {
        let data = site.data, report = data.tracker.report
        let published = snapshots.filter { $0.asOf <= data.asOf }
        let updated = published.map(\.asOf).max() ?? report.date
        // Each entry links to its recommendation's page, found as every other command finds a recommendation by id;
        // one no longer in the tracker links to the index.
        let entries = FeedHistory.entries(from: published, tracker: data.tracker).map { entry in
            (entry: entry, owner: data.tracker.recommendation(entry.recommendation)?.id)
        }
        func page(_ owner: String?) -> String { owner.map(SiteContext.recommendationPath) ?? "index.html" }
        var files = [SiteFile(path: SiteFeeds.path, contents: AtomFeed(
            id: NameBasedUUID.urn("rectrack feed\n\(report.id)"),
            title: "\(report.title): what changed, quarter by quarter",
            subtitle: SiteFeeds.subtitle, updated: updated, author: report.publisher,
            path: SiteFeeds.path, page: "index.html", address: FeedAddress(site: address, depth: 0),
            entries: entries.map { ($0.entry, page($0.owner)) }).render())]
        for view in site.views {
            let id = view.recommendation.id
            files.append(SiteFile(path: SiteFeeds.recommendationPath(id), contents: AtomFeed(
                id: NameBasedUUID.urn("rectrack feed\n\(report.id)\n\(id)"),
                title: "Recommendation \(view.assessment.number): \(view.recommendation.title) — what changed, quarter by quarter",
                subtitle: SiteFeeds.subtitle, updated: updated, author: report.publisher,
                path: SiteFeeds.recommendationPath(id), page: SiteContext.recommendationPath(id),
                address: FeedAddress(site: address, depth: 1),
                entries: entries.filter { $0.owner == id }.map { ($0.entry, page(id)) }).render()))
        }
        return files
    }

    static let subtitle = "One entry for each recommendation whose status, progress, formal response, deadlines, stall or owners' replies changed between two quarterly snapshots, with why, in the words of rectrack diff. Entries come only from the snapshots, so an earlier quarter's entries never change."
}
