/// The publication the recommendations come from (`Recommendations/report.yaml`).
public struct Report: Sendable, Codable, Hashable {
    /// A kebab-case id, e.g. `no-good-options`.
    public var id: String
    /// The title.
    public var title: String
    /// A subtitle, when it has one.
    public var subtitle: String?
    /// Who published it.
    public var publisher: String
    /// When it was published.
    public var date: Day
    /// Who ran the inquiry's secretariat.
    public var secretariat: String?
    /// Where it can be read.
    public var url: String?
    /// A sentence or two about it.
    public var summary: String?

    /// Creates a report record.
    public init(id: String, title: String, subtitle: String? = nil, publisher: String, date: Day,
                secretariat: String? = nil, url: String? = nil, summary: String? = nil) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.publisher = publisher
        self.date = date
        self.secretariat = secretariat
        self.url = url
        self.summary = summary
    }
}
