import RecTrackCore

/// How the built-in kinds cite evidence in their reasons.
enum Citation {
    /// "The Children and Social Work Act 2017 (UK Parliament, 2017-04-27)" with a verb when given.
    static func cite(_ evidence: Evidence, verb: String? = nil) -> String {
        let source = "\(evidence.title) (\(evidence.publisher), \(evidence.date))"
        return verb.map { "\(source) \($0)." } ?? "\(source)."
    }

    /// " Note." when the bearing has a note.
    static func noteSuffix(_ bearing: Bearing) -> String {
        guard let note = bearing.note else { return "" }
        return " " + (note.hasSuffix(".") ? note : note + ".")
    }
}
