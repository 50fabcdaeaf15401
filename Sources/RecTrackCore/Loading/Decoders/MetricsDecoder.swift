/// Decodes `Recommendations/metrics.yaml`.
enum MetricsDecoder {
    static func decode(_ node: YAMLNode, sink: DiagnosticSink) -> MetricCatalog {
        var reader = MappingReader(node, entity: "the metrics file", sink: sink)
        let entries = reader.required("metrics", Read.nodes) ?? []
        reader.finish()
        var metrics: [Metric] = []
        var broken = Set<String>()
        var seen: [String: Int] = [:]
        for entry in entries {
            var metric = MappingReader(entry, entity: "a metric", sink: sink)
            let id = metric.required("id", Read.identifier)
            let title = metric.required("title", Read.text)
            let unit = metric.required("unit", Read.choice(MetricUnit.self))
            let description = metric.optional("description", Read.text)
            let source = metric.optional("source", Read.text)
            let frequency = metric.optional("frequency", readFrequency)
            metric.finish()
            guard let id, let title, let unit else {
                if let id { broken.insert(id) }
                continue
            }
            if let line = seen[id] {
                sink.report(.duplicateMetricID, "duplicate metric id '\(id)' (first on line \(line))", at: entry.location)
                continue
            }
            seen[id] = entry.location.line
            metrics.append(Metric(id: id, title: title, unit: unit, description: description, source: source, frequency: frequency))
        }
        return MetricCatalog(metrics, brokenIDs: broken)
    }

    /// `frequency: {every: 1 year, period: 2024-09-30, published-within: 6 months}`.
    private static func readFrequency(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> ReportingFrequency? {
        var reader = MappingReader(node, entity: "the frequency", sink: sink)
        guard reader.isMapping else { return nil }
        let every = reader.required("every", Read.timeSpan)
        let period = reader.required("period", Read.day)
        let publishedWithin = reader.required("published-within", Read.timeSpan)
        reader.finish()
        guard let every, let period, let publishedWithin else { return nil }
        return ReportingFrequency(every: every, period: period, publishedWithin: publishedWithin)
    }
}
