import CLibYAML

/// Hands libyaml text that ``TextCheck`` has already checked, so libyaml does not decode it again.
///
/// libyaml's reader copies its input one character at a time into a working buffer,
/// checking that each is UTF-8 and allowed in YAML: over a quarter of libyaml's work on
/// rectrack's files, and work ``TextCheck`` has just done (it allows a subset of what
/// the reader allows). For UTF-8 input that buffer holds the input's own bytes, ended
/// by a NUL. This writes exactly that buffer up front and marks the input as read, so
/// the reader's first check ("end of input and nothing left to decode") returns at
/// once; scanning and parsing are libyaml's own, unchanged.
///
/// The fields are the reader's documented members of `yaml_parser_t` in `yaml.h`. The
/// hand-over is used only with libyaml 0.2 (whose reader this was checked against) and
/// for text that fits the buffer libyaml allocated; otherwise libyaml reads as usual.
/// Tests parse every fixture both ways and compare.
enum PreparedInput {
    /// NULs written after the text: the scanner looks at most a few characters ahead,
    /// and stops at the first NUL, so what follows it is never read as text.
    private static let padding = 8

    /// True when the linked libyaml is one whose reader this was checked against (0.2.x).
    static let isSupported: Bool = {
        var major: Int32 = 0, minor: Int32 = 0, patch: Int32 = 0
        yaml_get_version(&major, &minor, &patch)
        return major == 0 && minor == 2
    }()

    /// Writes `count` checked bytes into the freshly initialised parser's working buffer,
    /// when they fit; does nothing otherwise (libyaml then decodes the input itself).
    static func hand(_ text: UnsafePointer<UInt8>, count: Int, to parser: inout yaml_parser_t) {
        guard let start = parser.buffer.start, let end = parser.buffer.end,
              parser.buffer.pointer == start, parser.buffer.last == start,
              parser.raw_buffer.pointer == parser.raw_buffer.last,
              end - start >= count + padding else { return }
        start.update(from: text, count: count)
        (start + count).update(repeating: 0, count: padding)
        // As libyaml's reader leaves it at the end of input: the text, one NUL counted as read, and the end flag.
        parser.buffer.last = start + count + 1
        parser.unread = count + 1
        parser.offset = count
        parser.eof = 1
    }
}
