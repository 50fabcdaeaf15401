import RecTrackCore

/// What `evidence add` has been given so far, by option or by answer, and the command line that gives it all
/// at once: printed whenever the command stops before writing, so nothing typed is lost.
struct EvidenceAnswers {
    /// The `--root` given, if any, so the printed command records in the same tracker.
    var root: String?
    var date: FactDate?
    var title: String?
    var publisher: String?
    var url: String?
    var kind: EvidenceKind?
    var owners: [String] = []
    var summary: String?
    var bearings: [Bearing] = []
    var due: FactDate?

    /// The draft, once every required answer is given.
    func draft(recorded: Day) -> EvidenceDraft? {
        guard let date, let title, let publisher, let kind, let summary else { return nil }
        return EvidenceDraft(date: date, title: title, publisher: publisher, url: url, kind: kind, owners: owners,
                             summary: summary, bearings: bearings, due: due, recorded: recorded)
    }

    /// `rectrack evidence add --date … --title '…' …` with every answer given so far, quoted for a POSIX shell.
    var commandLine: String {
        var words = ["rectrack", "evidence", "add"]
        func add(_ option: String, _ value: String?) {
            if let value { words += [option, Self.quoted(value)] }
        }
        add("--root", root)
        add("--date", date?.description)
        add("--title", title)
        add("--publisher", publisher)
        add("--url", url)
        add("--kind", kind?.rawValue)
        for owner in owners { add("--owner", owner) }
        add("--summary", summary)
        for bearing in bearings { add("--bears-on", Self.option(bearing)) }
        add("--due", due?.description)
        return words.joined(separator: " ")
    }

    /// A bearing as `--bears-on` writes it: `R6:strategy-published:progresses`, `R2:context`, `R1:progresses:accepted`.
    static func option(_ bearing: Bearing) -> String {
        ([bearing.recommendation] + (bearing.milestone.map { [$0] } ?? []) + [bearing.effect.rawValue]
            + (bearing.response.map { [$0.rawValue] } ?? [])).joined(separator: ":")
    }

    /// `text` as one shell word: left bare when it holds only characters no shell treats specially, otherwise in
    /// single quotes. Control and bidi characters become '?', so the line is safe to show and to paste.
    static func quoted(_ text: String) -> String {
        let shown = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: return "?"
            default: return scalar
            }
        }))
        let plain = !shown.isEmpty && shown.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_./:@%+=,-".unicodeScalars.contains(scalar))
        }
        return plain ? shown : "'" + shown.split(separator: "'", omittingEmptySubsequences: false).joined(separator: #"'\''"#) + "'"
    }
}
