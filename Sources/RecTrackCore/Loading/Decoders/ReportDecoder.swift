/// Decodes `Recommendations/report.yaml`.
enum ReportDecoder {
    static func decode(_ node: YAMLNode, sink: DiagnosticSink) -> Report? {
        var reader = MappingReader(node, entity: "the report", sink: sink)
        let id = reader.required("id", ValueReader.identifier)
        let title = reader.required("title", ValueReader.text)
        let subtitle = reader.optional("subtitle", ValueReader.text)
        let publisher = reader.required("publisher", ValueReader.text)
        let date = reader.required("date", ValueReader.day)
        let secretariat = reader.optional("secretariat", ValueReader.text)
        let url = reader.optional("url", ValueReader.url)
        let summary = reader.optional("summary", ValueReader.text)
        reader.finish()
        guard let id, let title, let publisher, let date else { return nil }
        return Report(id: id, title: title, subtitle: subtitle, publisher: publisher, date: date,
                      secretariat: secretariat, url: url, summary: summary)
    }
}
