import RecTrackCore

/// Example evidence files for the built-in kinds' descriptions, whose examples run as tests.
enum ExampleEvidence {
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
}
