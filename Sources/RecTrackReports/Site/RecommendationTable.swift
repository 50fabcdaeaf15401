import RecTrackCore

/// The table of recommendations on the index and owner pages and in the print pack: number, title,
/// owners, status, progress (with what it moved from, only where it moved), date of the last evidence
/// and a one-line reason. A sentence above the table says once what changed since last quarter.
///
/// Below 64rem each row becomes a card: on a tablet two fields side by side, on a phone one under the
/// other, each showing its column's name from `data-label`, so the table's meaning survives without the header.
struct RecommendationTable {
    let site: SiteContext
    /// The way back to the site's folder: "" or "../".
    let root: String
    /// Where a title links: the recommendation's page, or (in the print pack) its page in the pack.
    var link: (String) -> String = { SiteContext.recommendationPath($0) }

    /// "A Report · " before the theme of a recommendation of a tracker with several reports, whose tables may mix them.
    private func reportNote(_ recommendation: Recommendation) -> String {
        guard recommendation.isQualified, let report = site.data.tracker.report(id: recommendation.report) else { return "" }
        return report.title + " · "
    }

    /// The table for these rows; `role` adds a column saying whether the owner leads.
    func render(caption: String, rows: [(recommendation: Recommendation, assessment: Assessment)],
                role: ((Recommendation) -> String)? = nil) -> Markup {
        let roleHeader: Markup = role == nil ? .empty : "<th scope=\"col\" class=\"col-role\">Role</th>"
        let body = rows.map { row -> Markup in
            let a = row.assessment
            let roleCell: Markup = role.map { "<td class=\"role\" data-label=\"Role\">\($0(row.recommendation))</td>" } ?? .empty
            return """
            <tr class="row s-\(a.status.rawValue)">
            <td class="num" data-label="No.">\(a.number)</td>
            <th scope="row" class="rec-title card-title" data-label="Recommendation"><a href="\(root)\(link(a.recommendation))">\(row.recommendation.title)</a><span class="theme">\(reportNote(row.recommendation))\(row.recommendation.theme)</span></th>
            <td class="owners" data-label="Owners">\(Fragment.owners(a.owners, site: site, root: root))</td>\(roleCell)
            <td class="status" data-label="Status">\(Fragment.badge(a.status))\(a.standingReplies.map { reply -> Markup in "<span class=\"owner-view\">\(ReplyText.sentence(reply))</span>" })</td>
            <td class="progress-cell" data-label="Progress">\(Fragment.progress(a.progress, status: a.status))\(Fragment.movement(a) ?? .empty)</td>
            <td class="last" data-label="Last evidence">\(Fragment.lastEvidence(a))</td>
            <td class="reason" data-label="Why">\(a.reason)</td>
            </tr>
            """
        }
        return """
        \(Fragment.changeNote(rows.map(\.assessment), data: site.data))
        <div class="table-wrap">
        <table class="status-table stack">
        <caption>\(caption)</caption>
        <thead>
        <tr><th scope="col" class="num">No.</th><th scope="col" class="col-title">Recommendation</th><th scope="col" class="col-owners">Owners</th>\(roleHeader)<th scope="col" class="col-status">Status</th><th scope="col" class="col-progress">Progress</th><th scope="col" class="col-date">Last evidence</th><th scope="col" class="col-why">Why</th></tr>
        </thead>
        <tbody>
        \(Markup.join(body, separator: "\n"))
        </tbody>
        </table>
        </div>
        """
    }
}
