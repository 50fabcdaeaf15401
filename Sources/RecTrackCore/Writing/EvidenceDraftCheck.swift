/// Checks the answers of a new evidence record as they are given, one at a time, by the very rules `validate`
/// applies to a written file (``EvidenceDecoder/check(_:path:context:sink:)``), so that a person typing them
/// hears of a future date or a misspelt milestone at once rather than after the last question.
public struct EvidenceDraftCheck: Sendable {
    /// Which answer a problem concerns.
    public enum Answer: Sendable, Hashable {
        case date
        case url
        case owners
        /// The bears-on entry at this position of the list.
        case bearing(Int)
        /// The list as a whole (a formal response with no verdict on any entry).
        case bearings
    }

    /// A problem with one answer: the diagnostic `validate` would give, and the answer it concerns.
    public struct Problem: Sendable {
        /// The answer to ask again for.
        public var answer: Answer
        /// The diagnostic, with the tracker's stable code.
        public var diagnostic: Diagnostic
    }

    private let context: EvidenceContext

    /// A check against `tracker`'s recommendations, owners and metrics, with `today` as the latest possible date.
    public init(tracker: Tracker, today: Day) {
        context = EvidenceContext(recommendations: tracker.recommendations, owners: tracker.owners, metrics: tracker.metrics, today: today)
    }

    /// The problems with the answers given so far; an answer not yet given (nil) is not checked, nor anything
    /// that depends on it.
    public func problems(date: FactDate?, publisher: String? = nil, url: String? = nil, kind: EvidenceKind? = nil,
                         owners: [String] = [], bearings: [Bearing] = []) -> [Problem] {
        // Each entry starts on its own line (its position + 1) and the record on line 0, so the line a
        // diagnostic is placed on tells which answer it concerns.
        var fields = EvidenceFields(start: SourceLocation(line: 0, column: 0))
        fields.date = date
        fields.publisher = publisher
        fields.url = url
        fields.kind = kind
        fields.ownerNames = owners
        fields.bearings = bearings.enumerated().map { index, bearing in
            var entry = BearingFields(start: SourceLocation(line: index + 1, column: 1))
            entry.recommendation = bearing.recommendation
            entry.milestone = bearing.milestone
            entry.effect = bearing.effect
            entry.response = bearing.response
            return entry
        }
        let path = "Evidence/\(date?.earliest.year ?? 0)/draft.yaml"
        let sink = DiagnosticSink(path: path)
        _ = EvidenceDecoder.check(fields, path: path, context: context, sink: sink)
        return sink.diagnostics.compactMap { diagnostic in
            Self.answer(for: diagnostic).map { Problem(answer: $0, diagnostic: diagnostic) }
        }
    }

    private static func answer(for diagnostic: Diagnostic) -> Answer? {
        switch diagnostic.code {
        case .dateInFuture: return .date
        case .addressOffPublisherSite: return .url
        case .unknownOwner, .ownerNameWrongForDate: return .owners
        case .responseWithoutVerdict: return .bearings
        default:
            guard let line = diagnostic.location?.line, line >= 1 else { return nil }
            return .bearing(line - 1)
        }
    }
}
