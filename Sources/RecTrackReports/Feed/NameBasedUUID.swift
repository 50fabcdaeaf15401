import RecTrackCore

/// A name-based UUID of RFC 9562's version 8, made from the SHA-256 of a name as its Appendix B.2 does: the same name
/// always gives the same UUID, so a feed or an entry keeps its Atom id however often the site is written.
enum NameBasedUUID {
    /// `urn:uuid:…` for `name`: the first 128 bits of its SHA-256, with the version (8) and variant (10) bits set.
    static func urn(_ name: String) -> String {
        var bytes = Array(SHA256.hash(Array(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let digits = Array("0123456789abcdef")
        let hex = bytes.map { String([digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]]) }
        let groups = [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { hex[$0].joined() }
        return "urn:uuid:" + groups.joined(separator: "-")
    }
}
