import ArgumentParser
import RecTrackCore
import RecTrackReports

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the status site (HTML) or the two-page Markdown brief for MPs.",
        discussion: """
        html (the default) writes a static site into --output (default: site): index.html with the \
        headline, a status chart and the table; one page per recommendation and per owner; print.html \
        with every recommendation on its own printed page; style.css; and data/, the data package that \
        rectrack export writes (CSV tables and datapackage.json). No JavaScript, nothing fetched. \
        The site is built beside the folder and switched in at once, so readers see the old site or the new \
        one, never a mix, and a run that fails or is stopped leaves the old one as it was; two runs into one \
        folder are kept apart by a lock (.site.lock beside it while a run writes). The whole folder is replaced each time, so \
        rectrack refuses a folder that holds files it did not write (one without its .rectrack-site file).

        The site also has Atom feeds of what changed: feed.xml, and recommendations/R6.xml for each recommendation. \
        Each pair of consecutive snapshots in Snapshots/ (up to --as-of) gives one entry per recommendation whose \
        status, progress, formal response, deadlines, stall or owners' replies changed, explained as 'rectrack diff' \
        explains it, dated by the later snapshot. Entries come only from the snapshots, so a quarter's entries never \
        change once written. Give --site-url for absolute links, which feed readers need; without it the feeds' links \
        are relative to the site's folder (each feed's xml:base leads there), which some readers do not follow. \
        With --site-url the badges' embed snippets (badges/R6.svg, offered on each recommendation's page) are absolute too.

        markdown prints the brief (headline, table, what changed since last quarter, two lines per \
        recommendation) to standard output, or writes it to --output when given: a new file, or a brief or pack rectrack \
        wrote before. Any other file there is left as it is (exit 73).

        --for-reply --owner DfE writes the pack (always Markdown, whatever --format says) the secretariat sends an owner before publication: \
        the owner's recommendations, each draft verdict with its reasons and evidence, the owner's reply on record, \
        and how to reply (to standard output, or to --output when given).

        Trends compare with the last day of the previous quarter. The same input gives the same files, \
        byte for byte. Exit 65 when a snapshot cannot be read, 73 when the output cannot be written.

        Examples:
          rectrack report
          rectrack report --output public --as-of 2026Q3
          rectrack report --site-url https://example.org/tracker/
          rectrack report --format markdown > brief.md
          rectrack report --format markdown --output brief.md --known-at 2026-10-01
          rectrack report --for-reply --owner DfE --output dfe-pack.md
        """
    )

    @OptionGroup var assessing: AssessingOptions

    @Option(name: .long, help: .outputFormat)
    var format: ReportFormat = .html

    @Option(name: .long, help: ArgumentHelp("Where to write: a folder for html (default: site), a file for markdown (default: standard output). An existing file is replaced only when rectrack wrote it.",
                                            valueName: "path"))
    var output: String?

    @Option(name: .customLong("site-url"),
            help: ArgumentHelp("The http(s) address the site is published at, for the feeds' and badge snippets' absolute links.", valueName: "url"),
            transform: { text in
                do { return try SiteAddress(text) } catch let error as SiteError { throw ValidationError(error.message) }
            })
    var siteURL: SiteAddress?

    @Flag(name: .customLong("for-reply"), help: "Write the Markdown pack that asks --owner for its reply before publication.")
    var forReply = false

    @Option(name: .long, help: ArgumentHelp("The owner the --for-reply pack is for: any name it has had (DfE), in any case.", valueName: "owner"))
    var owner: String?

    func validate() throws {
        if forReply && owner == nil { throw ValidationError("--for-reply needs --owner: say which owner the pack is for") }
        if owner != nil && !forReply { throw ValidationError("--owner is for the --for-reply pack; add --for-reply, or use 'rectrack status --owner' for a table") }
        if siteURL != nil && (forReply || format != .html) { throw ValidationError("--site-url is for the html site's feeds; leave it out with --format markdown or --for-reply") }
        if output?.isEmpty == true {
            throw ValidationError("--output is empty: name \(forReply || format == .markdown ? "a file, such as brief.md" : "a folder for the site, such as site")")
        }
    }

    func run() throws {
        let (tracker, _) = try assessing.load(showWarnings: true)
        let data = assessing.assess(tracker)
        if forReply, let owner {
            let found = try StatusCommand.ownerID(named: owner, in: tracker.owners)
            guard let ownerRecord = tracker.owners.owner(id: found) else { throw ValidationError("unknown owner '\(owner)'") }
            let pack = ReplyPackRenderer(data, owner: ownerRecord).render()
            guard let output else { return Console.out(pack) }
            try write { try MarkdownOutputFile.write(pack, to: output) }
            return Console.error("Wrote the reply pack for \(found) to \(output).\n")
        }
        switch format {
        case .markdown:
            let brief = BriefRenderer(data).render()
            guard let output else {
                Console.out(brief)
                return
            }
            try write { try MarkdownOutputFile.write(brief, to: output) }
            Console.error("Wrote the brief to \(output).\n")
        case .html:
            let files: [SiteFile]
            do {
                files = try SiteRenderer(data, published: try PublishedSnapshots.read(for: tracker), address: siteURL).render()
            } catch let error as SiteError {
                Console.error("error: \(error.message)\n")
                throw ExitStatus.dataError
            }
            let folder = output ?? "site"
            try write { try SiteWriter.write(files, into: folder) }
            Console.error("Wrote \(files.count) files to \(folder)/; open \(folder)/index.html.\n")
        }
    }

    /// Runs a write, turning a failure into a message and exit 73.
    private func write(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as AtomicFile.WriteError {
            Console.error("error: \(error.message)\n")
            throw ExitStatus.cannotWrite
        }
    }
}
