import CLibYAML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One event of a YAML text, as a reader that expects a known shape sees it.
enum YAMLEvent {
    case scalar(String, plain: Bool, at: SourceLocation)
    case sequenceStart(SourceLocation)
    case sequenceEnd
    case mappingStart(SourceLocation)
    case mappingEnd
    /// The end of the text.
    case end
}

/// Reads a YAML text event by event, for readers that know the shape they expect and give up on
/// anything else, leaving ``YAMLParser`` to say what is wrong: a syntax error, an anchor, tag or
/// alias, or a second document ends the reading with nil.
struct YAMLEventCursor {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private var documents = 0

    private init(parser: UnsafeMutablePointer<yaml_parser_t>) {
        self.parser = parser
    }

    /// Runs `body` over the events of `bytes`, with libyaml set up as ``YAMLParser`` sets it up
    /// (``LibYAML/withParser(_:handingOverText:_:)``). Nil when the text fails ``TextCheck``, is empty, or `body` gives nil.
    static func read<T>(_ bytes: [UInt8], _ body: (inout YAMLEventCursor) -> T?) -> T? {
        let result = LibYAML.withParser(bytes, handingOverText: PreparedInput.isSupported) { parser, _, _ -> Result<T?, YAMLError> in
            var cursor = YAMLEventCursor(parser: parser)
            return .success(body(&cursor))
        }
        return (try? result.get()) ?? nil
    }

    /// What ``nextKey(in:from:)`` found.
    enum KeyStep {
        /// The key at this position among the names, written here.
        case key(Int, SourceLocation)
        /// The mapping's end.
        case mappingEnd
    }

    /// Inside a mapping, its next key matched by its bytes against `names` (searched from `next`, which is left just
    /// after the key found: files list keys in the names' order), or its end. Nil for anything else, a key that is
    /// none of the names included: a reader of known shapes then gives up, so comparing bytes rather than strings
    /// (which would also match a key written with other Unicode characters that read the same) never decides
    /// anything, and no string is made for a key.
    mutating func nextKey(in names: [[UInt8]], from next: inout Int) -> KeyStep? {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { return nil }
        defer { yaml_event_delete(&event) }
        switch event.type {
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            guard scalar.anchor == nil, scalar.tag == nil, let value = scalar.value else { return nil }
            let length = scalar.length, count = names.count
            for step in 0..<count {
                let index = next + step < count ? next + step : next + step - count
                let matches = names[index].withUnsafeBufferPointer { name in
                    name.count == length && memcmp(name.baseAddress!, value, length) == 0
                }
                if matches {
                    next = index + 1
                    return .key(index, SourceLocation(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1))
                }
            }
            return nil
        default:
            return nil
        }
    }

    /// The next event; nil where ``YAMLParser`` would stop with an error or the text holds what a reader
    /// of known shapes never expects.
    mutating func next() -> YAMLEvent? {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else { return nil }
            defer { yaml_event_delete(&event) }
            let location = SourceLocation(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                guard scalar.anchor == nil, scalar.tag == nil else { return nil }
                let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
                // Anything a value may not hold goes to the full reader, which says where and why. (A key with a tab
                // or line break is never a known key, so the fast reader gives it up anyway.)
                guard scalar.style != YAML_DOUBLE_QUOTED_SCALAR_STYLE || ScalarText.forbidden(in: bytes) == nil else { return nil }
                let text = String(decoding: bytes, as: UTF8.self)
                return .scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE, at: location)
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                guard start.anchor == nil, start.tag == nil else { return nil }
                return .sequenceStart(location)
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                guard start.anchor == nil, start.tag == nil else { return nil }
                return .mappingStart(location)
            case YAML_SEQUENCE_END_EVENT:
                return .sequenceEnd
            case YAML_MAPPING_END_EVENT:
                return .mappingEnd
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { return nil }
            case YAML_STREAM_END_EVENT:
                return .end
            case YAML_ALIAS_EVENT:
                return nil
            default:
                continue  // the stream's start and the document's end
            }
        }
    }
}
