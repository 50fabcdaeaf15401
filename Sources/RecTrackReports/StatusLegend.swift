import RecTrackCore

/// What each status shown means, for the table, the brief and the README: the statuses that appear, best first.
enum StatusLegend {
    /// The statuses among `assessments`, in legend order.
    static func statuses(in assessments: [Assessment]) -> [Status] {
        let present = Set(assessments.map(\.status))
        return Status.legendOrder.filter(present.contains)
    }

    /// Each status among `assessments` named as `name` gives it ("no-progress" in the table, "no progress" in prose), with its meaning.
    static func entries(for assessments: [Assessment], name: (Status) -> String = \.label) -> [(label: String, meaning: String)] {
        statuses(in: assessments).map { (name($0), $0.meaning) }
    }
}
