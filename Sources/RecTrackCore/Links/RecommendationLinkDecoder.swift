/// Reads the `links:` list of a recommendation record. What one entry can say on its own is checked here; what
/// needs the other recommendations (the target, a cycle, the report's date) is checked by ``LinkChecks``.
enum RecommendationLinkDecoder {
    /// The keys that name a call outside the tracker; all three go together.
    static let outsideKeys = ["title", "publisher", "url"]

    /// Every entry of `links:` that could be read; problems go to the sink.
    static func decodeList(_ node: YAMLNode, _ key: String, _ sink: DiagnosticSink) -> [RecommendationLink]? {
        ValueReader.nodes(node, key, sink).map { $0.compactMap { decode($0, sink: sink) } }
    }

    /// One entry of `links:`.
    static func decode(_ node: YAMLNode, sink: DiagnosticSink) -> RecommendationLink? {
        let reported = sink.diagnostics.count
        let link = read(node, sink: sink)
        if link == nil, sink.diagnostics.count == reported {
            // Only a key left empty ('url:') can get here: say so rather than drop the link unseen.
            sink.report(.keyWithoutValue, "a key of this link has no value; give each key of a link a value", at: node.location)
        }
        return link
    }

    private static func read(_ node: YAMLNode, sink: DiagnosticSink) -> RecommendationLink? {
        var reader = MappingReader(node, entity: "a links entry", sink: sink)
        guard reader.isMapping else { return nil }
        let kind = reader.required("kind", ValueReader.choice(RecommendationLink.Kind.self))
        let recommendation = reader.optional("recommendation", ValueReader.text)
        let title = reader.optional("title", ValueReader.line)
        let publisher = reader.optional("publisher", ValueReader.line)
        let url = reader.optional("url", ValueReader.url)
        let date = reader.optional("date", ValueReader.factDate)
        let note = reader.required("note", ValueReader.text)
        let confidence = reader.optional("confidence", ValueReader.choice(Confidence.self)) ?? .verified
        reader.finish()

        if let note, note.contains(where: \.isNewline) {
            sink.report(.linkNoteNotOneLine, "the link's 'note' runs to more than one line; a link's note is one line an MP reads beside the lineage: shorten it, and write it on one line (without '|')", at: reader.location(of: "note"))
            return nil
        }
        let givenOutside = outsideKeys.filter { reader.contains($0) }
        let target: RecommendationLink.Target
        if reader.contains("recommendation") {
            guard givenOutside.isEmpty else {
                sink.report(.linkTargetUnclear, "the link names both a recommendation and an outside call ('\(givenOutside.joined(separator: "', '"))'); a link points at one call: keep 'recommendation' for a recommendation of this tracker, or 'title', 'publisher' and 'url' for a call outside it", at: node.location)
                return nil
            }
            guard let recommendation else { return nil }
            target = .recommendation(recommendation)
        } else {
            guard !givenOutside.isEmpty else {
                sink.report(.linkTargetUnclear, "the link names no call; give 'recommendation' (such as R5) for a recommendation of this tracker, or 'title', 'publisher' and 'url' for a call outside it", at: node.location)
                return nil
            }
            let missing = outsideKeys.filter { !reader.contains($0) }
            for key in missing {
                sink.report(.missingKey, "a link to a call outside the tracker needs '\(key)' too: give its title, publisher and url exactly as its page gives them", at: node.location)
            }
            if !reader.contains("date") {
                sink.report(.missingKey, "a link to a call outside the tracker needs 'date': when the call was made (YYYY-MM-DD, or YYYY-MM or YYYY when the day is not known)", at: node.location)
            }
            guard missing.isEmpty, let title, let publisher, let url, date != nil else { return nil }
            target = .outside(.init(title: title, publisher: publisher, url: url))
        }
        guard let kind, let note, !(reader.contains("date") && date == nil) else { return nil }
        return RecommendationLink(kind: kind, target: target, date: date, note: note, confidence: confidence, location: node.location)
    }
}
