import RecTrackCore

/// The address the site is published at (`report --site-url`): the feeds' links start with it, as Atom readers need
/// absolute links. Without one the feeds' links are relative to the site's folder, said by each feed's `xml:base`.
public struct SiteAddress: Sendable, Equatable {
    /// The address, ending in `/`.
    public let url: String

    /// Reads an http(s) address with a host and no query or fragment; the `/` at its end is added when missing.
    public init(_ text: String) throws(SiteError) {
        guard WebAddress.isHTTP(text), !text.contains("?"), !text.contains("#"), !text.unicodeScalars.contains(where: { $0.value > 0x7E }) else {
            throw SiteError("'\(SafeText.neutralised(text))' is not a site address: give the http(s) address the site's index.html is published under, such as https://example.org/tracker/, with no query (?) or fragment (#) and only ASCII characters")
        }
        url = text.hasSuffix("/") ? text : text + "/"
    }
}

/// How one feed writes a link to a file of the site: absolute under the site's address when there is one, otherwise
/// relative to the site's folder, with `xml:base` leading there from the feed's own place.
struct FeedAddress {
    /// The site's address, when known.
    let site: SiteAddress?
    /// How many folders below the site's folder the feed is (0 for `feed.xml`, 1 for `recommendations/R6.xml`).
    let depth: Int

    /// The link to `path` (relative to the site's folder).
    func href(_ path: String) -> String { (site?.url ?? "") + path }

    /// The feed element's `xml:base`, when its links are relative: the way back to the site's folder.
    var base: String? { site == nil ? (depth == 0 ? "./" : String(repeating: "../", count: depth)) : nil }
}
