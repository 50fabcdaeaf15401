/// Something that happened and moved a recommendation: what its one-line reason names.
public struct KeyEvent: Sendable, Hashable {
    /// When it happened (what orders the events, newest first).
    public var date: FactDate
    /// The evidence behind it, when there is one.
    public var evidence: String?
    /// The clause for the reason: "Working Together 2023 (Dec 2023): strengthens the part education plays".
    public var text: String

    /// Creates an event.
    public init(date: FactDate, evidence: String?, text: String) {
        self.date = date
        self.evidence = evidence
        self.text = text
    }

    /// The clause for `evidence` and what it did: its short title, its month and year, and the first sentence
    /// of the secretariat's note on the bearing (or `otherwise`, when the bearing has no note).
    public static func clause(for evidence: Evidence, note: String?, otherwise: String) -> String {
        let what = note.map(firstSentence) ?? otherwise
        return "\(shortTitle(evidence.title)) (\(evidence.date.monthAndYear)): \(what)"
    }

    /// A long title cut at its subtitle: "Provisional local government finance settlement 2026-2027 to 2028-2029:
    /// consultation summary of responses" → its part before the colon. A short one stays whole, since its subtitle
    /// may be what names it ("Children's social care: national framework").
    static func shortTitle(_ title: String) -> String {
        guard title.count > 60, let colon = title.firstRange(ofInASCII: ": ") else { return title }
        let head = title[..<colon.lowerBound]
        return head.count >= 20 ? String(head) : title
    }

    /// The note's first clause: up to its first full stop or semicolon, without the stop.
    static func firstSentence(_ text: String) -> String {
        var clause = text
        for separator in [". ", "; "] {
            if let stop = clause.firstRange(ofInASCII: separator) { clause = String(clause[..<stop.lowerBound]) }
        }
        while clause.hasSuffix(".") { clause.removeLast() }
        return clause
    }
}
