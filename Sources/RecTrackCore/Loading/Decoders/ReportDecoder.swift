/// Decodes `Recommendations/report.yaml` (or a report folder's `Recommendations/<report-id>/report.yaml`).
enum ReportDecoder {
    /// Where the record's `id` value is, for messages about the id.
    static func idLocation(_ node: YAMLNode) -> SourceLocation? {
        guard case .mapping(let entries) = node.content else { return node.location }
        return entries.first { $0.key == "id" }?.value.location ?? node.location
    }

    static func decode(_ node: YAMLNode, sink: DiagnosticSink) -> Report? {
        var reader = MappingReader(node, entity: "the report", sink: sink)
        let id = reader.required("id", ValueReader.identifier)
        let title = reader.required("title", ValueReader.line)
        let subtitle = reader.optional("subtitle", ValueReader.line)
        let publisher = reader.required("publisher", ValueReader.line)
        let date = reader.required("date", ValueReader.day)
        let secretariat = reader.optional("secretariat", ValueReader.line)
        let url = reader.optional("url", ValueReader.url)
        let summary = reader.optional("summary", ValueReader.text)
        reader.finish()
        guard let id, let title, let publisher, let date else { return nil }
        return Report(id: id, title: title, subtitle: subtitle, publisher: publisher, date: date,
                      secretariat: secretariat, url: url, summary: summary)
    }
}
