import ArgumentParser
import RecTrackCore
import RecTrackReports

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the tracker as a data package: CSV tables and a Frictionless datapackage.json.",
        discussion: """
        Writes into --output (default: data) one CSV file per table and a datapackage.json that describes each \
        with a Table Schema (types, descriptions, primary and foreign keys), for spreadsheets and data tools: \
        recommendations, their owners and milestones; owners and their renames; metrics and each recommendation's \
        targets; evidence, its bearings \
        and observations; every quarter's published assessment (from Snapshots/) and the assessment as of the \
        run's date, labelled current, with each milestone's state; and the owners' replies. \
        docs/data-package.md describes every column (--describe prints it).

        The files are UTF-8 CSV (RFC 4180: CRLF line ends, a header row even when a table is empty) with the \
        same columns every time. A text cell that begins with =, +, -, @, a tab, a carriage return or an \
        apostrophe gets one apostrophe in front, so no spreadsheet runs it as a formula; numbers and dates are \
        written as they are. Only published text is exported: the secretariat's working notes never are.

        --as-of and --known-at set the moment, as for status: the current assessment is made then, only \
        evidence and replies dated by --as-of (and recorded by --known-at) are included, and only snapshots of \
        quarters that ended by --as-of. The same input gives the same files, byte for byte.

        --report exports one report of a tracker that holds several: its recommendations and the rows about them. A \
        bearing, reply or link that names another report's recommendation is left out (it is in the whole tracker's \
        package), so every foreign key of the package resolves within it.

        The folder is built beside --output and switched in at once (a lock file beside it, .data.lock for \
        data, keeps two runs apart); the whole folder is replaced each time, so rectrack refuses a folder that holds files it did \
        not write (one without its .rectrack-data file). rectrack report also puts the package in the site's \
        data/ folder. Exit 65 when the tracker or a snapshot has errors, 73 when the output cannot be written.

        Examples:
          rectrack export
          rectrack export --output public/data --as-of 2026Q3
          rectrack export --as-of 2026Q3 --known-at 2026-10-01 --output q3-as-published
          rectrack export --describe > docs/data-package.md
        """
    )

    @OptionGroup var assessing: AssessingOptions

    @Option(name: .long, help: ArgumentHelp("The folder to write the package into (default: data); rectrack replaces it whole.",
                                            valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Print the Markdown reference of every table and column (docs/data-package.md) instead of writing the package.")
    var describe = false

    func validate() throws {
        if describe && output != nil { throw ValidationError("--describe prints the reference to standard output; leave out --output, or leave out --describe to write the package") }
        if output?.isEmpty == true { throw ValidationError("--output is empty: name a folder for the data package, such as data") }
    }

    func run() throws {
        if describe { return Console.out(DataPackageReference.markdown()) }
        let (tracker, _) = try assessing.load(showWarnings: true)
        let input = DataPackageInput(current: assessing.assess(tracker), published: try PublishedSnapshots.read(for: tracker))
        let files = DataPackageRenderer(input).render()
        let folder = output ?? "data"
        do {
            try DataPackageWriter.write(files, into: folder)
        } catch let error as AtomicFile.WriteError {
            Console.error("error: \(error.message)\n")
            throw ExitStatus.cannotWrite
        }
        Console.error("Wrote \(files.count) files to \(folder)/ (\(input.published.count) published \(input.published.count == 1 ? "quarter" : "quarters") and the assessment as of \(input.current.asOf)); its description is \(folder)/\(DataPackageRenderer.descriptorName).\n")
    }
}
