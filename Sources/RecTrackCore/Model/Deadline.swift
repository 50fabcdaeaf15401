/// A date a milestone or target is due by, and who set it: the report, or the government in a commitment that
/// is itself evidence. A deadline never changes a status; it says whether the work is on time.
public struct Deadline: Sendable, Codable, Hashable {
    // Stored properties in the order of their JSON keys' bytes: the JSON writer writes each member as it comes, with
    // nothing to move (checked by SortedJSONWriterTests).
    /// The date; a partial date ("2027" for "late 2027") is due by its last day.
    public var date: FactDate
    /// A few words on what was promised, in the source's terms ("the regulations are aimed to come into force in late 2027").
    public var note: String?
    /// Who set it: `report` or `government` (with the evidence of the commitment).
    public var origin: TargetOrigin

    /// Creates a deadline.
    public init(date: FactDate, origin: TargetOrigin, note: String? = nil) {
        self.date = date
        self.origin = origin
        self.note = note
    }

    /// The last day that still counts as on time.
    public var lastDay: Day { date.latest }
}

/// Where a deadline stands on the date assessed: not met and due more than a quarter (three months) ahead
/// (`not-due`), within three months (`due-soon`) or already passed (`past-due`); or met by the date
/// (`met-on-time`) or after it (`met-late`).
public enum DeadlineStanding: String, Sendable, Codable, CaseIterable {
    case notDue = "not-due", dueSoon = "due-soon", pastDue = "past-due", metOnTime = "met-on-time", metLate = "met-late"

    /// In words for a reader: "past due", "met late".
    public var words: String { rawValue.replacing("-", with: " ") }

    /// The standing of a deadline `lastDay` on `asOf`, for work met on `metOn` (nil while not met).
    /// Work met on a partial date counts as on time only if the whole period is on time.
    public static func of(lastDay: Day, metOn: FactDate?, asOf: Day) -> DeadlineStanding {
        if let metOn { return metOn.latest <= lastDay ? .metOnTime : .metLate }
        if asOf > lastDay { return .pastDue }
        return lastDay <= asOf.adding(months: 3) ? .dueSoon : .notDue
    }
}

/// One deadline of a recommendation as assessed: what is due, by when, set by whom, and where it stands.
public struct DeadlineState: Sendable, Codable, Hashable {
    // Stored properties in the order of their JSON keys' bytes: the JSON writer writes each member as it comes, with
    // nothing to move (checked by SortedJSONWriterTests).
    /// The deadline and who set it.
    public var deadline: Deadline
    /// When it was met, if it was.
    public var metOn: FactDate?
    /// The metric's id, when a metric's target is due.
    public var metric: String?
    /// The milestone's id, when a milestone is due.
    public var milestone: String?
    /// Where it stands.
    public var standing: DeadlineStanding
    /// The "done when" statement or the metric's title.
    public var title: String

    /// Creates a state.
    public init(milestone: String? = nil, metric: String? = nil, title: String, deadline: Deadline, standing: DeadlineStanding,
                metOn: FactDate? = nil) {
        self.milestone = milestone
        self.metric = metric
        self.title = title
        self.deadline = deadline
        self.standing = standing
        self.metOn = metOn
    }

    /// The milestone's or metric's id.
    public var subject: String { milestone ?? metric ?? title }
}

/// The sentences every view uses for a deadline, so that each says the same of it.
public enum DeadlineText {
    /// "set by the report", "set by the government" (whose commitment is cited as the evidence).
    public static func setter(_ deadline: Deadline) -> String {
        "set by the \(deadline.origin.setBy == .report ? "report" : "government")"
    }

    /// "past due", "met late (2027-05)", "not due".
    public static func standing(_ state: DeadlineState) -> String {
        state.standing.words + (state.metOn.map { " (met \($0))" } ?? "")
    }

    /// The rationale sentence: "The strategy is in force: due by 2027-04-01, set by the government; not due." and the note.
    public static func sentence(_ state: DeadlineState) -> RationaleSentence {
        let d = state.deadline
        let when = d.date.precision == .day ? "by \(d.date)" : "by the end of \(d.date)"
        var text = "\(state.title): due \(when), \(setter(d)); \(standing(state))."
        if let note = d.note { text += " " + note.prefix(1).uppercased() + note.dropFirst() + (note.hasSuffix(".") ? "" : ".") }
        return RationaleSentence(text, evidence: d.origin.evidence.map { [$0] } ?? [])
    }
}
