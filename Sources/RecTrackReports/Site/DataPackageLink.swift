/// The front page's link to the data package the site carries in `data/`, with one line on what it is.
enum DataPackageLink {
    /// The package's folder in the site, with its slash.
    static let folder = "data/"

    static func render() -> Markup {
        """
        <section aria-labelledby="data-heading">
        <h2 id="data-heading">The data</h2>
        <p><a href="\(folder)\(DataPackageRenderer.descriptorName)">Download the data</a>: every recommendation, item of evidence, published assessment and reply as CSV tables, described for spreadsheets and data tools by a Frictionless data package (<a href="\(folder)recommendations.csv">recommendations.csv</a>, <a href="\(folder)assessments.csv">assessments.csv</a> and more).</p>
        </section>
        """
    }
}
