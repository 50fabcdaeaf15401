/// Text helpers of the loader.
extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    public var trimmingWhitespace: String {
        // Trim ASCII white space from the bytes; only text with a non-ASCII character at an edge needs Unicode's rules.
        var copy = self
        let (start, end, count, edgesASCII) = copy.withUTF8 { bytes -> (Int, Int, Int, Bool) in
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
            var start = 0, end = bytes.count
            while start < end, isSpace(bytes[start]) { start += 1 }
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            return (start, end, bytes.count, start == end || (bytes[start] < 0x80 && bytes[end - 1] < 0x80))
        }
        if start == end { return "" }
        if edgesASCII {
            if start == 0 && end == count { return self }
            return copy.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
