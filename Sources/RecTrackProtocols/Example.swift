import RecTrackCore

/// Helpers shared by the built-in kinds: example evidence for their descriptions, and citation phrasing.
enum Example {
    /// A minimal evidence file bearing on `R1`, for protocol examples.
    static func evidence(_ id: String, kind: String, effect: String, milestone: String? = nil,
                         extra: String = "") -> String {
        let date = String(id.prefix(10))
        return """
        id: \(id)
        date: \(date)
        title: Example \(kind) \(id.dropFirst(11))
        publisher: Example publisher
        kind: \(kind)
        summary: An example fact for the protocol's documentation.
        bears-on:
          - recommendation: R1
        \(milestone.map { "    milestone: \($0)\n" } ?? "")    effect: \(effect)
        \(extra)recorded: \(date)
        """
    }

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
