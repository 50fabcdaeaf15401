import RecTrackCore

extension SiteContext {
    /// A recommendation's badge as of the site's date.
    func badge(_ assessment: Assessment) -> Badge {
        Badge(assessment: assessment, reportTitle: data.tracker.report.title, asOf: data.asOf)
    }
}
