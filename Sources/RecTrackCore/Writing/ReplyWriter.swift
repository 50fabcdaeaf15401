import CLibYAML

/// Writes a reply file's YAML with libyaml's emitter: the schema line first, then the keys in the documented order.
public enum ReplyWriter {
    /// The first line of every reply file, so editors complete and check its keys.
    public static let schemaLine = "# yaml-language-server: $schema=../../schemas/reply.schema.json\n"

    /// The file's bytes for `draft` under the id `id`.
    public static func yaml(for draft: ReplyDraft, id: String) throws(EvidenceDraftError) -> [UInt8] {
        let emitter = Emitter()
        emitter.mappingStart()
        emitter.pair("id", id)
        emitter.pair("recommendation", draft.recommendation)
        emitter.pair("owner", draft.owner, style: EvidenceWriter.textStyle(draft.owner))
        emitter.pair("date", draft.date.description)
        emitter.pair("status", draft.status.rawValue)
        emitter.pair("says", draft.says.trimmingWhitespace + "\n", style: YAML_FOLDED_SCALAR_STYLE)
        if !draft.cites.isEmpty {
            emitter.scalar("cites")
            emitter.sequenceStart(flow: false)
            for cite in draft.cites { emitter.scalar(cite, style: EvidenceWriter.textStyle(cite)) }
            emitter.sequenceEnd()
        }
        emitter.pair("channel", draft.channel.rawValue)
        if let url = draft.url { emitter.pair("url", url) }
        if let lapses = draft.lapses { emitter.pair("lapses", lapses.description) }
        emitter.pair("recorded", draft.recorded.description)
        emitter.mappingEnd()
        return Array(schemaLine.utf8) + (try emitter.finish())
    }
}
