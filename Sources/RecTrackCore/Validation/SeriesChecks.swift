/// Checks across evidence files of the figures of one metric: two series that give the same period different
/// figures are a sign that one was entered under the wrong series, or that the series really differ (say so).
enum SeriesChecks {
    /// A warning at both observations wherever two series give one metric's period different figures.
    static func diagnostics(_ evidence: [Evidence]) -> [Diagnostic] {
        struct Seen { let value: Double; let series: String; let id: String; let path: String; let location: SourceLocation }
        var seen: [String: [Day: [Seen]]] = [:]
        var diagnostics: [Diagnostic] = []
        func named(_ label: String) -> String { label.isEmpty ? "the metric's own series" : "'\(label)'" }
        func warn(_ at: Seen, metric: String, period: Day, other: Seen) {
            diagnostics.append(Diagnostic(.seriesDisagree, path: at.path, at: at.location,
                "\(metric) for \(period) is \(NumberText.format(at.value)) in \(named(at.series)) but \(NumberText.format(other.value)) in \(named(other.series)) (\(other.id)); check the series each belongs to, or say in a note why they differ"))
        }
        for item in evidence {
            for observation in item.observations {
                let this = Seen(value: observation.value, series: observation.series ?? "", id: item.id, path: item.path, location: observation.location)
                let earlier = seen[observation.metric, default: [:]][observation.period, default: []]
                if let other = earlier.first(where: { $0.series != this.series && $0.value != this.value }) {
                    warn(this, metric: observation.metric, period: observation.period, other: other)
                    warn(other, metric: observation.metric, period: observation.period, other: this)
                }
                seen[observation.metric, default: [:]][observation.period, default: []].append(this)
            }
        }
        return diagnostics
    }
}
