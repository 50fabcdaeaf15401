import RecTrackCore

/// A name-based UUID of RFC 9562's version 8, made from the SHA-256 of a name as its Appendix B.2 does: the same name
/// always gives the same UUID, so a feed or an entry keeps its Atom id however often the site is written.
enum NameBasedUUID {
    /// `urn:uuid:…` for the UTF-8 of `name`.
    static func urn(_ name: String) -> String { "urn:uuid:" + uuid(Array(name.utf8)) }

    /// The UUID of `bytes`: the first 128 bits of their SHA-256, with the version (8) and variant (10) bits set.
    static func uuid(_ bytes: [UInt8]) -> String {
        var bits = Array(SHA256.hash(bytes).prefix(16))
        bits[6] = (bits[6] & 0x0F) | 0x80
        bits[8] = (bits[8] & 0x3F) | 0x80
        let digits = Array("0123456789abcdef")
        let hex = bits.map { String([digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]]) }
        return [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { hex[$0].joined() }.joined(separator: "-")
    }
}
