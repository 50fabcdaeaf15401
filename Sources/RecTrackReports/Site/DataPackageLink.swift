/// The front page's links to the data package the site carries in `data/` and to the feed of what changed
/// (`feed.xml`), with one line on what each is.
enum DataPackageLink {
    /// The package's folder in the site, with its slash.
    static let folder = "data/"

    static func render() -> Markup {
        """
        <section aria-labelledby="data-heading">
        <h2 id="data-heading">The data</h2>
        <p><a href="\(folder)\(DataPackageRenderer.descriptorName)">Download the data</a>: every recommendation, item of evidence, published assessment and reply as CSV tables, described for spreadsheets and data tools by a Frictionless data package (<a href="\(folder)recommendations.csv">recommendations.csv</a>, <a href="\(folder)assessments.csv">assessments.csv</a> and more).</p>
        <p><a href="feed.xml">Follow the changes</a>: an Atom feed with an entry for each recommendation that moved in a published quarter, and why; each recommendation's page links a feed of its own.</p>
        </section>
        """
    }
}
