import RecTrackCore

/// An Atom 1.0 feed (RFC 4287) of ``FeedEntry`` values: the site's `feed.xml` and each recommendation's
/// `recommendations/R6.xml`. Every text is escaped for XML; dates are the snapshots', never the clock's, so the same
/// snapshots give the same bytes.
struct AtomFeed {
    /// The feed's Atom id.
    var id: String
    /// Its title.
    var title: String
    /// One sentence on what it holds.
    var subtitle: String
    /// The newest snapshot's date (or the report's, when there is no snapshot).
    var updated: Day
    /// Who publishes it.
    var author: String
    /// The feed's own file, relative to the site's folder.
    var path: String
    /// The page it is the feed of, relative to the site's folder.
    var page: String
    /// How links are written.
    var address: FeedAddress
    /// The entries, newest first, each with the page it links to (relative to the site's folder).
    var entries: [(entry: FeedEntry, page: String)]

    /// The feed's XML text.
    func render() -> String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en-GB\""
        if let base = address.base { out += " xml:base=\"\(XML.escape(base))\"" }
        out += ">\n"
        out += "  <id>\(XML.escape(id))</id>\n"
        out += "  <title>\(XML.escape(title))</title>\n"
        out += "  <subtitle>\(XML.escape(subtitle))</subtitle>\n"
        out += "  <updated>\(AtomFeed.date(updated))</updated>\n"
        out += "  <author><name>\(XML.escape(author))</name></author>\n"
        out += "  <generator>rectrack</generator>\n"
        out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XML.escape(address.href(path)))\"/>\n"
        out += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XML.escape(address.href(page)))\"/>\n"
        for (entry, page) in entries { out += render(entry, page: page) }
        return out + "</feed>\n"
    }

    /// One entry; nothing in it depends on the feed it is in but its link, which follows the feed's address.
    private func render(_ entry: FeedEntry, page: String) -> String {
        var out = "  <entry>\n"
        out += "    <id>\(entry.id)</id>\n"
        out += "    <title>\(XML.escape(entry.title))</title>\n"
        out += "    <updated>\(AtomFeed.date(entry.updated))</updated>\n"
        out += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(XML.escape(address.href(page)))\"/>\n"
        out += "    <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">\n"
        for paragraph in entry.paragraphs {
            out += "      <p>\(XML.escape(paragraph.sentence))</p>\n"
            if !paragraph.evidence.isEmpty {
                out += "      <ul>" + paragraph.evidence.map { "<li>\(XML.escape($0))</li>" }.joined() + "</ul>\n"
            }
        }
        out += "    </div></content>\n"
        return out + "  </entry>\n"
    }

    /// RFC 3339 at the start of the day, in UTC: `2026-09-30T00:00:00Z`.
    static func date(_ day: Day) -> String { "\(day)T00:00:00Z" }
}
