import RecTrackCore

/// The frame every page shares: head, masthead with navigation, main content and the footer
/// that states the as-of date, the known-at date and the tool's version.
struct PageLayout {
    let site: SiteContext
    /// The page's own Atom feed besides the site's (a recommendation's), relative to the site's folder.
    var feed: (path: String, title: String)? = nil

    /// Which navigation entry is the current page.
    enum Section: Equatable {
        case overview, owner(String), print, recommendation, report(String)
    }

    /// A complete HTML document. `root` is the way back to the site's folder: "" or "../".
    func document(title: String, description: String, root: String, section: Section, main: Markup) -> String {
        document(title: title, description: description, root: root, section: section, main: main, footer: footer())
    }

    /// A document whose footer is given: the print pack puts the footer's facts on its cover, where a
    /// reader of the paper sees them first, and keeps the footer for the screen.
    func document(title: String, description: String, root: String, section: Section, main: Markup, footer: Markup) -> String {
        let report = site.data.tracker.report
        let page: Markup = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">
        <meta name="referrer" content="no-referrer">
        <meta name="generator" content="rectrack \(site.toolVersion)">
        <title>\(title) | \(ReportGroup.title(of: site.data.tracker)) tracker</title>
        <meta name="description" content="\(description)">
        <link rel="stylesheet" href="\(root)style.css">
        \(feedLinks(root: root))
        </head>
        <body>
        <a class="skip-link" href="#main">Skip to main content</a>
        <header class="masthead">
        <div class="wrap">
        <p class="masthead-kicker">Progress tracker · \(report.publisher)</p>
        <p class="masthead-title"><a href="\(root)index.html">\(ReportGroup.title(of: site.data.tracker)): where government stands</a></p>
        \(navigation(root: root, section: section))
        </div>
        </header>
        <main id="main" class="wrap">
        \(main)
        </main>
        \(footer)
        </body>
        </html>

        """
        return page.html
    }

    /// The feeds a reader can subscribe to from this page: the site's, and the page's own when it has one.
    private func feedLinks(root: String) -> Markup {
        var links: Markup = "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"What changed, quarter by quarter\" href=\"\(root)\(SiteFeeds.path)\">"
        if let feed {
            links += "\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"\(feed.title)\" href=\"\(root)\(feed.path)\">"
        }
        return links
    }

    private func navigation(root: String, section: Section) -> Markup {
        func item(_ label: String, _ href: String, current: Bool) -> Markup {
            current ? "<li><a href=\"\(href)\" aria-current=\"page\">\(label)</a></li>"
                    : "<li><a href=\"\(href)\">\(label)</a></li>"
        }
        var items = [item("All recommendations", root + "index.html", current: section == .overview)]
        for owner in site.data.tracker.owners.owners {
            items.append(item(site.ownerNames(owner.id).short, root + SiteContext.ownerPath(owner.id), current: section == .owner(owner.id)))
        }
        items.append(item("Print all", root + "print.html", current: section == .print))
        return """
        <nav class="site-nav" aria-label="Site">
        <ul>\(items)</ul>
        </nav>
        """
    }

    /// The footer every page ends with.
    func footer(printed: Bool = true) -> Markup {
        """
        <footer class="site-footer\(printed ? "" : " screen-only")">
        <div class="wrap">
        \(colophon())
        </div>
        </footer>
        """
    }

    /// The source report, or with several reports how many there are: every page names them all would make the site grow
    /// with the square of the reports, and each report's page names its publisher and date.
    private func source() -> Markup {
        let tracker = site.data.tracker
        guard !tracker.hasSeveralReports else { return "Source reports: \(tracker.reports.count), each named with its publisher and date on its own page." }
        let report = tracker.report
        return "Source report: \(Fragment.link(report.title, report.url)), \(report.publisher), \(Fragment.time(report.date))."
    }

    /// The facts behind every page: the as-of date, what "known at" means here, the date trends compare
    /// with, the tool's version and the source report.
    func colophon() -> Markup {
        let data = site.data
        let known: Markup
        if let knownAt = data.knownAt {
            known = "Known at \(Fragment.time(knownAt)): only evidence recorded by then is used."
        } else if let newest = site.newestRecord {
            known = "Known at \(Fragment.time(newest)): the newest evidence record used; anything recorded later is not counted."
        } else {
            known = "Known at: no evidence has been recorded."
        }
        let trends: Markup = data.comparedWith.map { " Trends compare with \(Fragment.time($0))." } ?? " No earlier date was compared."
        return """
        <p><strong>As of \(Fragment.time(data.asOf)).</strong> \(known)\(trends)</p>
        <p>Made with rectrack \(site.toolVersion) from the tracker's evidence files. \(source())</p>
        """
    }
}
