import RecTrackCore

/// The formats `rectrack status` can write.
public enum StatusFormat: String, CaseIterable, Sendable {
    case text, markdown, json, csv
}

/// Renders the status of every recommendation in one of the ``StatusFormat``s.
public struct StatusRenderer {
    /// The tracker assessed.
    public let tracker: Tracker
    /// The assessments, in recommendation order.
    public let assessments: [Assessment]
    /// The date assessed.
    public let asOf: Day
    /// Only evidence recorded by this date was used, when set.
    public let knownAt: Day?

    /// Creates a renderer.
    public init(tracker: Tracker, assessments: [Assessment], asOf: Day, knownAt: Day?) {
        self.tracker = tracker
        self.assessments = assessments
        self.asOf = asOf
        self.knownAt = knownAt
    }

    /// The output in `format`.
    public func render(_ format: StatusFormat, style: TerminalStyle = .plain) -> String {
        switch format {
        case .text: return text(style: style)
        case .markdown: return markdown()
        case .json: return JSONOutput.encode(StatusDocument(tracker: tracker, assessments: assessments, asOf: asOf, knownAt: knownAt),
                                             items: \.assessments, key: "assessments")
        case .csv: return csv()
        }
    }

    /// Owners as they read in a table: "DfE, DCLG".
    static func owners(_ assessment: Assessment) -> String { assessment.owners.joined(separator: ", ") }

    private func text(style: TerminalStyle) -> String {
        var table = TextTable(headers: ["#", "Recommendation", "Owners", "Status", "Progress", "Last evidence", "Reason"],
                              alignments: [.right, .left, .left, .left, .left, .left, .left])
        for a in assessments {
            let progress = "\(ProgressBar.render(a.progress)) \(NumberText.format(a.progress))%"
            var status = a.status.rawValue
            if a.stale { status += " (stale)" }
            table.rows.append([String(a.number), Truncate.text(a.title, to: 48), StatusRenderer.owners(a), status, progress,
                               a.lastEvidence?.description ?? "–", Truncate.text(a.reason, to: 70)])
        }
        let body = table.render { row, column, cell in
            column == 3 ? style.status(assessments[row].status, cell) : cell
        }
        return style.bold(tracker.report.title) + " — status as of \(asOf)\(knownAt.map { ", known at \($0)" } ?? "")\n\n"
            + body + "\n" + Headline.sentence(assessments) + "\n"
    }

    private func markdown() -> String {
        var out = "| # | Recommendation | Owners | Status | Progress | Last evidence | Why |\n"
        out += "|---:|---|---|---|---:|---|---|\n"
        for a in assessments {
            let cells = [String(a.number), Markdown.escape(a.title), Markdown.escape(StatusRenderer.owners(a)),
                         "**\(a.status.label)**\(a.stale ? " (stale)" : "")", "\(NumberText.format(a.progress))%",
                         a.lastEvidence?.description ?? "–", Markdown.escape(a.reason)]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        out += "\n" + Markdown.escape(Headline.sentence(assessments)) + " Assessed as of \(asOf)\(knownAt.map { ", using evidence recorded by \($0)" } ?? "").\n"
        return out
    }

    private func csv() -> String {
        var out = "number,id,title,owners,status,progress,response,stale,last_evidence,reason\n"
        for a in assessments {
            let cells = [String(a.number), a.recommendation, a.title, a.owners.joined(separator: "; "), a.status.rawValue,
                         NumberText.format(a.progress).replacingCommas, a.response?.rawValue ?? "", a.stale ? "true" : "false",
                         a.lastEvidence?.description ?? "", a.reason]
            out += cells.map(CSV.cell).joined(separator: ",") + "\n"
        }
        return out
    }
}

/// The JSON document `status --format json` writes (see schemas/assessment.schema.json).
public struct StatusDocument: Codable, Sendable {
    /// The tool's version.
    public var tool: String
    /// The report's id and title.
    public var report: ReportReference
    /// The date assessed.
    public var asOf: Day
    /// Only evidence recorded by this date was used, when set.
    public var knownAt: Day?
    /// The count per status and the overall progress.
    public var summary: Summary
    /// One per recommendation.
    public var assessments: [Assessment]

    /// A report's id and title.
    public struct ReportReference: Codable, Sendable {
        public var id: String
        public var title: String
    }

    /// Counts per status and overall progress.
    public struct Summary: Codable, Sendable {
        public var counts: [String: Int]
        public var progress: Double
    }

    /// Creates the document.
    public init(tracker: Tracker, assessments: [Assessment], asOf: Day, knownAt: Day?) {
        tool = "rectrack \(RecTrackVersion.current)"
        report = ReportReference(id: tracker.report.id, title: tracker.report.title)
        self.asOf = asOf
        self.knownAt = knownAt
        summary = Summary(counts: Dictionary(Status.allCases.map { status in (status.rawValue, assessments.filter { $0.status == status }.count) },
                                             uniquingKeysWith: { a, _ in a }),
                          progress: Headline.overallProgress(assessments))
        self.assessments = assessments
    }
}

/// The sentence that says how far government has gone overall.
public enum Headline {
    /// Mean progress over all recommendations, per cent, one decimal.
    public static func overallProgress(_ assessments: [Assessment]) -> Double {
        guard !assessments.isEmpty else { return 0 }
        return (assessments.reduce(0) { $0 + $1.progress } / Double(assessments.count) * 10).rounded() / 10
    }

    /// "Of 12 recommendations, 1 implemented, 4 substantial, 6 limited, 1 no progress; overall 41.3% of the way."
    public static func sentence(_ assessments: [Assessment]) -> String {
        let counts = Status.allCases.reversed().compactMap { status -> String? in
            let n = assessments.filter { $0.status == status }.count
            return n == 0 ? nil : "\(n) \(status.label)"
        }
        return "Of \(assessments.count) recommendations: \(counts.joined(separator: ", ")); overall \(NumberText.format(overallProgress(assessments)))% of the way."
    }
}

/// Shortening text for narrow columns.
public enum Truncate {
    /// The text cut to `limit` characters with an ellipsis.
    public static func text(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}

extension String {
    var replacingCommas: String { String(self.filter { $0 != "," }) }
}
