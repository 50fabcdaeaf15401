import RecTrackCore

/// Renders the static status site: `index.html`, one page per recommendation and per owner,
/// `print.html` (every recommendation, one per printed page), `style.css`, one badge per recommendation for others to
/// embed (`badges/R6.svg`), the data package in `data/`, and the Atom feeds of what changed between snapshots
/// (`feed.xml`, `recommendations/R6.xml`).
///
/// The site needs no JavaScript and fetches nothing from the network. Rendering is pure:
/// the same input gives the same files, byte for byte, sorted by path.
public struct SiteRenderer {
    /// The assessed tracker.
    public let data: AssessedTracker
    /// The tool's version, stated in every footer.
    public let toolVersion: String
    /// The snapshots published so far, for the data package's assessments and the feeds.
    public let published: [Snapshot]
    /// Where the site is published, for the feeds' absolute links; nil writes them relative.
    public let address: SiteAddress?

    /// Creates a renderer.
    public init(_ data: AssessedTracker, published: [Snapshot] = [], toolVersion: String = RecTrackVersion.current,
                address: SiteAddress? = nil) {
        self.data = data
        self.published = published
        self.toolVersion = toolVersion
        self.address = address
    }

    /// Every file of the site, sorted by path; throws when an id cannot safely be a file name.
    public func render() throws -> [SiteFile] {
        try SiteRenderer.checkFileNames(recommendations: data.tracker.recommendations.map { RecommendationIndex.fileStem($0.id) },
                                        owners: data.tracker.owners.ids)
        let site = SiteContext(data: data, toolVersion: toolVersion, address: address)
        var files = [
            SiteFile(path: "style.css", contents: Stylesheet.css),
            SiteFile(path: "index.html", contents: IndexPage(site: site).render()),
            SiteFile(path: "print.html", contents: PrintPage(site: site).render()),
        ]
        for view in site.views {
            files.append(SiteFile(path: SiteContext.recommendationPath(view.recommendation.id),
                                  contents: RecommendationPage(site: site, view: view).render()))
            files.append(SiteFile(path: SiteContext.badgePath(view.recommendation.id), contents: site.badge(view.assessment).render()))
        }
        for owner in data.tracker.owners.owners {
            files.append(SiteFile(path: SiteContext.ownerPath(owner.id), contents: OwnerPage(site: site, owner: owner).render()))
        }
        files += DataPackageRenderer(DataPackageInput(current: data, published: published)).render().map {
            SiteFile(path: DataPackageLink.folder + $0.path, contents: $0.contents)
        }
        files += ReportPage.files(site: site)
        files += SiteFeeds(site: site, snapshots: published, address: address).files()
        return files.sorted { $0.path < $1.path }
    }

    /// Refuses ids that are not safe file names (only `A–Z a–z 0–9 -`) or that collide when case is ignored.
    static func checkFileNames(recommendations: [String], owners: [String]) throws {
        for (kind, ids) in [("recommendation", recommendations), ("owner", owners)] {
            var seen: [String: String] = [:]
            for id in ids {
                guard isSafeFileName(id) else {
                    throw SiteError("\(kind) id '\(id)' cannot name a page of the site: ids used as file names may hold only letters, digits and hyphens; rename it in Recommendations/")
                }
                if let other = seen[id.lowercased()] {
                    throw SiteError("\(kind) ids '\(other)' and '\(id)' differ only in case, so their pages would overwrite each other on some file systems; rename one")
                }
                seen[id.lowercased()] = id
            }
        }
    }

    /// True for a non-empty name of ASCII letters, digits and hyphens.
    static func isSafeFileName(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { scalar in
            ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
        }
    }
}

/// What every page of the site needs: the assessed tracker, the tool's version and where pages live.
struct SiteContext {
    let data: AssessedTracker
    let toolVersion: String
    /// Every recommendation as its views show it, in order.
    let views: [RecommendationView]
    /// The newest evidence record used (``AssessedTracker/newestRecord``), found once: every page's footer states it,
    /// and finding it reads all the evidence.
    let newestRecord: Day?
    /// The address the site is published at (`report --site-url`), when given: the badge snippets use it.
    let address: SiteAddress?

    init(data: AssessedTracker, toolVersion: String, address: SiteAddress? = nil) {
        self.data = data
        self.toolVersion = toolVersion
        self.address = address
        newestRecord = data.newestRecord
        let evidenceByID = RecommendationView.evidenceByID(data.tracker)
        views = data.entries.map { RecommendationView($0, in: data.tracker, evidenceByID: evidenceByID) }
    }

    /// `recommendations/R6.html`, or `recommendations/no-good-options--R6.html` in a tracker with several reports.
    static func recommendationPath(_ id: String) -> String { "recommendations/\(RecommendationIndex.fileStem(id)).html" }
    /// `badges/R6.svg`, or `badges/no-good-options--R6.svg` in a tracker with several reports.
    static func badgePath(_ id: String) -> String { "badges/\(RecommendationIndex.fileStem(id)).svg" }
    /// `owners/DfE.html`.
    static func ownerPath(_ id: String) -> String { "owners/\(id).html" }

    /// The owner's short and full name on the as-of date (DCLG is read as MHCLG in 2026), or the id twice
    /// when the tracker has no such owner. Pages keep the id in their addresses, which never change.
    func ownerNames(_ id: String) -> (short: String, full: String) {
        guard let owner = data.tracker.owners.owner(id: id) else { return (id, id) }
        var names = (short: owner.id, full: owner.name)
        for rename in owner.renames where rename.from.latest <= data.asOf {
            names = (rename.to, rename.name)
        }
        return names
    }

    /// The recommendations an owner is responsible for, in order, with whether it leads.
    func recommendations(ownedBy owner: String) -> [(recommendation: Recommendation, assessment: Assessment, lead: Bool)] {
        data.entries.compactMap { entry in
            guard let position = entry.recommendation.owners.firstIndex(of: owner) else { return nil }
            return (entry.recommendation, entry.assessment, position == 0)
        }
    }
}
