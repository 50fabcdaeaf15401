import CLibYAML

/// libyaml set up the one way every reader here uses it, so the text check, the byte-order mark and the
/// hand-over of checked text (``PreparedInput``) are decided in one place.
enum LibYAML {
    /// Runs `body` with a parser over `bytes`, given the whole input and where the text starts after a UTF-8
    /// byte-order mark. Fails, without running `body`, when ``TextCheck`` refuses the text, when there is no
    /// text after the mark, or when libyaml cannot start.
    static func withParser<T>(_ bytes: [UInt8], handingOverText: Bool,
                              _ body: (UnsafeMutablePointer<yaml_parser_t>, _ input: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Result<T, YAMLError>)
        -> Result<T, YAMLError> {
        do {
            try TextCheck.validate(bytes)
        } catch {
            return .failure(error)
        }
        let offset = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var parser = yaml_parser_t()
        return bytes.withUnsafeBufferPointer { input in
            withUnsafeMutablePointer(to: &parser) { parser in
                guard yaml_parser_initialize(parser) == 1 else {
                    return .failure(YAMLError(.parserUnavailable, "could not start the YAML parser (out of memory)", at: nil))
                }
                defer { yaml_parser_delete(parser) }
                guard let start = input.baseAddress.map({ $0 + offset }), input.count > offset else {
                    return .failure(YAMLError(.emptyFile, "the file is empty; it must hold one YAML mapping", at: .start))
                }
                yaml_parser_set_input_string(parser, start, input.count - offset)
                yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
                if handingOverText { PreparedInput.hand(start, count: input.count - offset, to: &parser.pointee) }
                return body(parser, input, offset)
            }
        }
    }
}
