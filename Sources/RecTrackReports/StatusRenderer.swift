import RecTrackCore

/// Renders the status of every recommendation in one of the ``StatusFormat``s.
public struct StatusRenderer: Sendable {
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
        case .text: return StatusTextRenderer(status: self).render(style: style)
        case .markdown: return StatusMarkdownRenderer(status: self).render()
        case .json: return StatusJSONRenderer(status: self).render()
        case .csv: return StatusCSVRenderer(status: self).render()
        }
    }

    /// The output in `format` as UTF-8, for writing out as it is: the JSON of thousands of recommendations is never
    /// made a String.
    public func renderUTF8(_ format: StatusFormat, style: TerminalStyle = .plain) -> [UInt8] {
        format == .json ? StatusJSONRenderer(status: self).renderUTF8() : Array(render(format, style: style).utf8)
    }

    /// ``renderUTF8(_:style:)``'s text in pieces, in order, for a command to write out one after another: the JSON of
    /// thousands of recommendations is megabytes, and joining it into one array only to write it cost a copy of it all.
    public func renderPieces(_ format: StatusFormat, style: TerminalStyle = .plain) -> [ArraySlice<UInt8>] {
        format == .json ? StatusJSONRenderer(status: self).renderPieces() : [Array(render(format, style: style).utf8)[...]]
    }

    /// Owners as they read in a table, each by the name it had on the date assessed: "DfE, MHCLG" in 2026.
    func owners(_ assessment: Assessment) -> String {
        assessment.owners.map { tracker.owners.owner(id: $0)?.shortName(on: asOf) ?? $0 }.joined(separator: ", ")
    }
}
