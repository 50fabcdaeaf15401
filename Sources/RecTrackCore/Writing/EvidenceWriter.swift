import CLibYAML

/// Writes an evidence file's YAML with libyaml's emitter, laid out like the shipped files:
/// the schema line first, then the keys in the documented order.
public enum EvidenceWriter {
    /// The first line of every evidence file, so editors complete and check its keys.
    public static let schemaLine = "# yaml-language-server: $schema=../../schemas/evidence.schema.json\n"

    /// The file's bytes for `draft` under the id `id`.
    public static func yaml(for draft: EvidenceDraft, id: String) throws(EvidenceDraftError) -> [UInt8] {
        let emitter = Emitter()
        emitter.mappingStart()
        emitter.pair("id", id)
        emitter.pair("date", draft.date.description)
        emitter.pair("title", draft.title, style: textStyle(draft.title))
        emitter.pair("publisher", draft.publisher, style: textStyle(draft.publisher))
        if let url = draft.url { emitter.pair("url", url) }
        emitter.pair("kind", draft.kind.rawValue)
        if !draft.owners.isEmpty {
            emitter.scalar("owners")
            emitter.sequenceStart(flow: true)
            for owner in draft.owners { emitter.scalar(owner, style: textStyle(owner)) }
            emitter.sequenceEnd()
        }
        // Folded (`>`) like the shipped files; the final line break keeps the `>` without a chomping sign.
        emitter.pair("summary", draft.summary.trimmingWhitespace + "\n", style: YAML_FOLDED_SCALAR_STYLE)
        if !draft.bearings.isEmpty {
            emitter.scalar("bears-on")
            emitter.sequenceStart(flow: false)
            for bearing in draft.bearings {
                emitter.mappingStart()
                emitter.pair("recommendation", bearing.recommendation)
                if let milestone = bearing.milestone { emitter.pair("milestone", milestone) }
                emitter.pair("effect", bearing.effect.rawValue)
                if let response = bearing.response { emitter.pair("response", response.rawValue) }
                if let note = bearing.note { emitter.pair("note", note, style: textStyle(note)) }
                emitter.mappingEnd()
            }
            emitter.sequenceEnd()
        }
        if let due = draft.due { emitter.pair("due", due.description) }
        emitter.pair("recorded", draft.recorded.description)
        emitter.mappingEnd()
        let bytes = try emitter.finish()
        return Array(schemaLine.utf8) + bytes
    }

    /// Text that other YAML readers would take for a number, boolean, null or date is double-quoted;
    /// the rest is left to the emitter (plain where that is safe, quoted where it is not).
    static func textStyle(_ text: String) -> yaml_scalar_style_t {
        let lower = text.lowercased()
        let typed = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ""].contains(lower)
            || Double(text) != nil || Int(text) != nil || FactDate(text) != nil
            || lower.hasPrefix("0x") || lower.hasPrefix("0o") || lower.hasPrefix(".") || lower.hasPrefix("+")
        return typed ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE
    }
}

/// A thin driver of libyaml's emitter that collects the output in memory and remembers the first failure.
/// The emitter's state lives on the heap, where libyaml can rely on its address.
final class Emitter {
    /// Holds the output while libyaml writes it through the C callback.
    final class Output {
        var bytes: [UInt8] = []
    }

    private let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
    private let output = Output()
    private var failure: String?
    private var started = false

    init() {
        emitter.initialize(to: yaml_emitter_t())
        guard yaml_emitter_initialize(emitter) == 1 else {
            failure = "could not start the YAML emitter (out of memory)"
            return
        }
        started = true
        yaml_emitter_set_output(emitter, { context, buffer, size in
            guard let context, let buffer else { return 0 }
            let output = Unmanaged<Output>.fromOpaque(context).takeUnretainedValue()
            output.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, Unmanaged.passUnretained(output).toOpaque())
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_width(emitter, 96)
        yaml_emitter_set_indent(emitter, 2)
        emit { yaml_stream_start_event_initialize(&$0, YAML_UTF8_ENCODING) }
        emit { yaml_document_start_event_initialize(&$0, nil, nil, nil, 1) }
    }

    deinit {
        if started { yaml_emitter_delete(emitter) }
        emitter.deallocate()
    }

    func mappingStart() {
        emit { yaml_mapping_start_event_initialize(&$0, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE) }
    }

    func mappingEnd() {
        emit { yaml_mapping_end_event_initialize(&$0) }
    }

    func sequenceStart(flow: Bool) {
        emit { yaml_sequence_start_event_initialize(&$0, nil, nil, 1, flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE) }
    }

    func sequenceEnd() {
        emit { yaml_sequence_end_event_initialize(&$0) }
    }

    func scalar(_ text: String, style: yaml_scalar_style_t = YAML_PLAIN_SCALAR_STYLE) {
        var bytes = Array(text.utf8)
        emit { event in
            bytes.withUnsafeMutableBufferPointer { buffer in
                yaml_scalar_event_initialize(&event, nil, nil, buffer.baseAddress, Int32(buffer.count), 1, 1, style)
            }
        }
    }

    func pair(_ key: String, _ value: String, style: yaml_scalar_style_t = YAML_PLAIN_SCALAR_STYLE) {
        scalar(key)
        scalar(value, style: style)
    }

    /// Ends the document and returns the text, or the emitter's complaint.
    func finish() throws(EvidenceDraftError) -> [UInt8] {
        emit { yaml_document_end_event_initialize(&$0, 1) }
        emit { yaml_stream_end_event_initialize(&$0) }
        if failure == nil { _ = yaml_emitter_flush(emitter) }
        if let failure { throw EvidenceDraftError("cannot write the evidence file: \(failure)") }
        return output.bytes
    }

    private func emit(_ initialize: (inout yaml_event_t) -> Int32) {
        guard failure == nil else { return }
        var event = yaml_event_t()
        guard initialize(&event) == 1 else {
            failure = "could not build a YAML event (out of memory)"
            return
        }
        // yaml_emitter_emit takes ownership of the event, even when it fails.
        if yaml_emitter_emit(emitter, &event) != 1 {
            failure = emitter.pointee.problem.map { String(cString: $0) } ?? "the YAML emitter failed"
        }
    }
}
