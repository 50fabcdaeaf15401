/// Decodes `Recommendations/metrics.yaml`.
enum MetricsDecoder {
    static func decode(_ node: YAMLNode, sink: DiagnosticSink) -> MetricCatalog {
        var reader = MappingReader(node, entity: "the metrics file", sink: sink)
        let entries = reader.required("metrics", ValueReader.nodes) ?? []
        reader.finish()
        var metrics: [Metric] = []
        var broken = Set<String>()
        var seen: [String: Int] = [:]
        for entry in entries {
            var metric = MappingReader(entry, entity: "a metric", sink: sink)
            let id = metric.required("id", ValueReader.identifier)
            let title = metric.required("title", ValueReader.line)
            let unit = metric.required("unit", ValueReader.choice(MetricUnit.self))
            let description = metric.optional("description", ValueReader.text)
            let source = metric.optional("source", ValueReader.text)
            let frequency = metric.optional("frequency", readFrequency)
            let breakNodes = metric.optional("breaks", ValueReader.nodes) ?? []
            metric.finish()
            var breaks: [SeriesBreak] = []
            for node in breakNodes {
                var reader = MappingReader(node, entity: "a series break", sink: sink)
                let date = reader.required("date", ValueReader.day)
                let reason = reader.required("reason", ValueReader.text)
                let bridge = reader.optional("bridge", ValueReader.text)
                reader.finish()
                if let date, let reason { breaks.append(SeriesBreak(date: date, reason: reason, bridge: bridge)) }
            }
            breaks.sort { $0.date < $1.date }
            guard let id, let title, let unit else {
                if let id { broken.insert(id) }
                continue
            }
            if let line = seen[id] {
                sink.report(.duplicateMetricID, "duplicate metric id '\(id)' (first on line \(line))", at: entry.location)
                continue
            }
            seen[id] = entry.location.line
            metrics.append(Metric(id: id, title: title, unit: unit, description: description, source: source, frequency: frequency,
                                  breaks: breaks))
        }
        return MetricCatalog(metrics, brokenIDs: broken)
    }

    /// `frequency: {every: 1 year, period: 2024-09-30, published-within: 6 months}`.
    private static func readFrequency(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> ReportingFrequency? {
        var reader = MappingReader(node, entity: "the frequency", sink: sink)
        guard reader.isMapping else { return nil }
        let every = reader.required("every", ValueReader.timeSpan)
        let period = reader.required("period", ValueReader.day)
        let publishedWithin = reader.required("published-within", ValueReader.timeSpan)
        reader.finish()
        guard let every, let period, let publishedWithin else { return nil }
        return ReportingFrequency(every: every, period: period, publishedWithin: publishedWithin)
    }
}
