import RecTrackCore

/// The table of recommendations on the index and owner pages: number, title, owners, status,
/// progress, trend since last quarter, date of the last evidence and a one-line reason.
///
/// On a phone each row becomes a card: cells stack, and each shows its column's name from
/// `data-label`, so the table's meaning survives without the header row.
struct RecommendationTable {
    let site: SiteContext
    /// The way back to the site's folder: "" or "../".
    let root: String

    /// The table for these rows; `role` adds a column saying whether the owner leads.
    func render(caption: String, rows: [(recommendation: Recommendation, assessment: Assessment)],
                role: ((Recommendation) -> String)? = nil) -> Markup {
        let since = DateText.short(site.data.trendsSince)
        let roleHeader: Markup = role == nil ? .empty : "<th scope=\"col\">Role</th>"
        let body = rows.map { row -> Markup in
            let a = row.assessment
            let roleCell: Markup = role.map { "<td data-label=\"Role\">\($0(row.recommendation))</td>" } ?? .empty
            return """
            <tr class="row s-\(a.status.rawValue)">
            <td class="num" data-label="No.">\(a.number)</td>
            <th scope="row" class="rec-title card-title" data-label="Recommendation"><a href="\(root)\(SiteContext.recommendationPath(a.recommendation))">\(row.recommendation.title)</a><span class="theme">\(row.recommendation.theme)</span></th>
            <td class="owners" data-label="Owners">\(Fragment.owners(a.owners, site: site, root: root))</td>\(roleCell)
            <td data-label="Status">\(Fragment.badge(a.status))</td>
            <td data-label="Progress">\(Fragment.progress(a.progress, status: a.status))</td>
            <td data-label="Since \(since)">\(Fragment.trend(a))</td>
            <td data-label="Last evidence">\(Fragment.lastEvidence(a))</td>
            <td class="reason" data-label="Why">\(a.reason)</td>
            </tr>
            """
        }
        return """
        <div class="table-wrap">
        <table class="status-table stack">
        <caption>\(caption)</caption>
        <thead>
        <tr><th scope="col" class="num">No.</th><th scope="col" class="col-title">Recommendation</th><th scope="col" class="col-owners">Owners</th>\(roleHeader)<th scope="col" class="col-status">Status</th><th scope="col" class="col-progress">Progress</th><th scope="col" class="col-trend">Since \(since)</th><th scope="col" class="col-date">Last evidence</th><th scope="col" class="col-why">Why</th></tr>
        </thead>
        <tbody>
        \(Markup.join(body, separator: "\n"))
        </tbody>
        </table>
        </div>
        """
    }
}
