/// Decodes `Recommendations/report.yaml`.
enum ReportDecoder {
    static func decode(_ node: YAMLNode, sink: DiagnosticSink) -> Report? {
        var reader = MappingReader(node, entity: "the report", sink: sink)
        let id = reader.required("id", Read.identifier)
        let title = reader.required("title", Read.text)
        let subtitle = reader.optional("subtitle", Read.text)
        let publisher = reader.required("publisher", Read.text)
        let date = reader.required("date", Read.day)
        let secretariat = reader.optional("secretariat", Read.text)
        let url = reader.optional("url", Read.url)
        let summary = reader.optional("summary", Read.text)
        reader.finish()
        guard let id, let title, let publisher, let date else { return nil }
        return Report(id: id, title: title, subtitle: subtitle, publisher: publisher, date: date,
                      secretariat: secretariat, url: url, summary: summary)
    }
}
