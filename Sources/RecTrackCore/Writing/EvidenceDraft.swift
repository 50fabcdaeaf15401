/// A new evidence record as the secretariat gives it, before it has an id or a file.
public struct EvidenceDraft: Sendable, Equatable {
    /// When it happened: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the day is not known.
    public var date: FactDate
    /// The publication's or event's exact title.
    public var title: String
    /// Who published it.
    public var publisher: String
    /// The original publisher's page.
    public var url: String?
    /// What kind of fact it is.
    public var kind: EvidenceKind
    /// Owners it concerns, as named on its date.
    public var owners: [String]
    /// The secretariat's summary.
    public var summary: String
    /// What it bears on.
    public var bearings: [Bearing]
    /// A coming date it declares.
    public var due: FactDate?
    /// When it is recorded: today.
    public var recorded: Day

    /// Creates a draft.
    public init(date: FactDate, title: String, publisher: String, url: String? = nil, kind: EvidenceKind, owners: [String] = [],
                summary: String, bearings: [Bearing] = [], due: FactDate? = nil, recorded: Day) {
        self.date = date
        self.title = title
        self.publisher = publisher
        self.url = url
        self.kind = kind
        self.owners = owners
        self.summary = summary
        self.bearings = bearings
        self.due = due
        self.recorded = recorded
    }
}

/// Why something given for a new evidence record cannot be used.
public struct EvidenceDraftError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and how to write it.
    public let message: String

    /// The message quotes what a person typed, which may hold a control character: it never reaches a terminal raw.
    init(_ message: String) { self.message = SafeText.neutralised(message) }

    public var description: String { message }
}
