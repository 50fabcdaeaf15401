import CLibYAML

/// Loads one YAML document into a ``YAMLNode`` tree by driving libyaml event by event.
///
/// Anchors, aliases and tags are refused as their events arrive, so nothing is
/// ever expanded; nesting deeper than ``maximumDepth`` is refused too.
public enum YAMLParser {
    /// The deepest nesting any rectrack file needs, with room to spare.
    public static let maximumDepth = 64

    /// Parses UTF-8 bytes (a UTF-8 byte-order mark is skipped) into the document's root node.
    public static func parse(_ bytes: [UInt8]) throws(YAMLError) -> YAMLNode {
        try parse(bytes, handingOverText: PreparedInput.isSupported)
    }

    /// Parses with or without handing libyaml the checked text (see ``PreparedInput``); tests compare the two.
    static func parse(_ bytes: [UInt8], handingOverText: Bool) throws(YAMLError) -> YAMLNode {
        try LibYAML.withParser(bytes, handingOverText: handingOverText, tree).get()
    }

    private enum Frame {
        case sequence(SourceLocation, [YAMLNode])
        case mapping(SourceLocation, [YAMLMappingEntry], pendingKey: (String, SourceLocation)?)
    }

    /// The tree of the document libyaml reads from `original` (its text starting at `offset`).
    private static func tree(_ parser: UnsafeMutablePointer<yaml_parser_t>, original: UnsafeBufferPointer<UInt8>, offset: Int) -> Result<YAMLNode, YAMLError> {
        var stack: [Frame] = []
        var root: YAMLNode?
        var documents = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else {
                return .failure(parserError(parser.pointee, bytes: original, offset: offset))
            }
            defer { yaml_event_delete(&event) }
            let location = SourceLocation(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            var completed: YAMLNode?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                guard let root else {
                    return .failure(YAMLError(.emptyFile, "the file is empty; it must hold one YAML mapping", at: .start))
                }
                return .success(root)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    return .failure(YAMLError(.severalDocuments, "the file holds more than one YAML document ('---'); put each record in its own file", at: location))
                }
                continue
            case YAML_ALIAS_EVENT:
                return .failure(YAMLError(.alias, "aliases ('*name') are not allowed: write the value out in full", at: location))
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                if let error = refuse(anchor: scalar.anchor, tag: scalar.tag, at: location) { return .failure(error) }
                let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
                let isKey: Bool
                if case .mapping(_, _, let pendingKey)? = stack.last { isKey = pendingKey == nil } else { isKey = false }
                // Only a double-quoted scalar's escapes can make what the file check refused in raw text; a key is
                // checked whatever its style, for tabs and line breaks.
                if scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE || isKey, let forbidden = ScalarText.forbidden(in: bytes, isKey: isKey) {
                    return .failure(YAMLError(.controlInValue, ScalarText.message(forbidden, isKey: isKey), at: location))
                }
                let text = String(decoding: bytes, as: UTF8.self)
                completed = YAMLNode(.scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE), at: location)
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                if let error = refuse(anchor: start.anchor, tag: start.tag, at: location) { return .failure(error) }
                if stack.count >= maximumDepth { return .failure(tooDeep(location)) }
                stack.append(.sequence(location, []))
                continue
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                if let error = refuse(anchor: start.anchor, tag: start.tag, at: location) { return .failure(error) }
                if stack.count >= maximumDepth { return .failure(tooDeep(location)) }
                // Room for a typical record's keys at once, rather than growing one key at a time.
                var entries: [YAMLMappingEntry] = []
                entries.reserveCapacity(stack.isEmpty ? 16 : 6)
                stack.append(.mapping(location, entries, pendingKey: nil))
                continue
            case YAML_SEQUENCE_END_EVENT:
                guard case .sequence(let start, let items) = stack.removeLast() else { continue }
                completed = YAMLNode(.sequence(items), at: start)
            case YAML_MAPPING_END_EVENT:
                guard case .mapping(let start, let entries, _) = stack.removeLast() else { continue }
                completed = YAMLNode(.mapping(entries), at: start)
            default:
                continue
            }
            guard let node = completed else { continue }
            if stack.isEmpty {
                root = node
                continue
            }
            switch stack[stack.count - 1] {
            case .sequence(let start, var items):
                stack[stack.count - 1] = .sequence(start, [])
                items.append(node)
                stack[stack.count - 1] = .sequence(start, items)
            case .mapping(let start, var entries, let pendingKey):
                stack[stack.count - 1] = .mapping(start, [], pendingKey: nil)
                if let (key, keyLocation) = pendingKey {
                    entries.append(YAMLMappingEntry(key: key, keyLocation: keyLocation, value: node))
                    stack[stack.count - 1] = .mapping(start, entries, pendingKey: nil)
                } else {
                    guard let key = node.scalar else {
                        return .failure(YAMLError(.keyNotText, "a key must be plain text, not \(node.shapeDescription)", at: node.location))
                    }
                    // Lengths first: each key is compared with every earlier one, and nearly all differ. Keys that are
                    // not plain ASCII are compared whatever their lengths: "café" composed and decomposed are one key.
                    let length = key.utf8.count
                    let ascii = key.utf8.allSatisfy { $0 < 0x80 }
                    if let first = entries.first(where: { entry in
                        (entry.key.utf8.count == length || !ascii || !entry.key.utf8.allSatisfy { $0 < 0x80 }) && entry.key == key
                    }) {
                        let spelled = Array(first.key.utf8) == Array(key.utf8) ? "" : ", written with other Unicode characters that read the same"
                        return .failure(YAMLError(.duplicateKey, "duplicate key '\(key)' (first given on line \(first.keyLocation.line)\(spelled)); keep one", at: node.location))
                    }
                    stack[stack.count - 1] = .mapping(start, entries, pendingKey: (key, node.location))
                }
            }
        }
    }

    private static func refuse(anchor: UnsafeMutablePointer<UInt8>?, tag: UnsafeMutablePointer<UInt8>?, at location: SourceLocation) -> YAMLError? {
        if let anchor {
            let name = String(cString: anchor)
            return YAMLError(.anchor, "anchors ('&\(name)') are not allowed: write each value out in full", at: location)
        }
        if let tag {
            var name = String(cString: tag)
            if name.hasPrefix("tag:yaml.org,2002:") { name = "!!" + name.dropFirst(18) }
            return YAMLError(.tag, "tags ('\(name)') are not allowed: remove the tag; rectrack decides each value's type", at: location)
        }
        return nil
    }

    private static func tooDeep(_ location: SourceLocation) -> YAMLError {
        YAMLError(.tooDeep, "nesting deeper than \(maximumDepth) levels is not allowed", at: location)
    }

    private static func parserError(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>, offset: Int) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.context.map { String(cString: $0) }
        let mark = parser.problem_mark
        let at = SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        let index = byteIndex(ofCharacter: Int(mark.index), in: bytes, from: offset)
        if index < bytes.count, bytes[index] == 0x09 {
            return YAMLError(.tabIndentation, "a tab is used for indentation or spacing here; YAML needs spaces", at: at)
        }
        if let context, context.contains("quoted scalar"), problem.contains("end of stream") {
            let start = parser.context_mark
            return YAMLError(.unclosedQuote, "the quoted text that starts here is never closed; add the closing quote",
                             at: SourceLocation(line: Int(start.line) + 1, column: Int(start.column) + 1))
        }
        var message = "YAML syntax error: \(problem)"
        if let context {
            message += " \(context) (line \(parser.context_mark.line + 1))"
        }
        message += SyntaxHint.hint(for: problem, line: at.line, in: bytes, from: offset)
        return YAMLError(.yamlSyntax, message, at: at)
    }

    /// Where the character at a libyaml mark starts: a mark's index counts characters, not bytes,
    /// so in text with accents or curly quotes before it the two differ.
    private static func byteIndex(ofCharacter characters: Int, in bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        var index = offset, seen = 0
        while index < bytes.count {
            // A UTF-8 continuation byte (10xxxxxx) continues the character before it.
            if bytes[index] & 0xC0 != 0x80 {
                if seen == characters { return index }
                seen += 1
            }
            index += 1
        }
        return index
    }
}
