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
            metric.finish()
            guard let id, let title, let unit else {
                if let id { broken.insert(id) }
                continue
            }
            if let line = seen[id] {
                sink.error("duplicate metric id '\(id)' (first on line \(line))", at: entry.location)
                continue
            }
            seen[id] = entry.location.line
            metrics.append(Metric(id: id, title: title, unit: unit, description: description, source: source))
        }
        return MetricCatalog(metrics, brokenIDs: broken)
    }
}
