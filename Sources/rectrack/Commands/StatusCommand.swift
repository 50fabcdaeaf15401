import ArgumentParser
import RecTrackCore
import RecTrackReports

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show where every recommendation stands: status, progress and a one-line reason.",
        discussion: StatusCommand.legend + """


        Examples:
          rectrack status
          rectrack status --owner DfE
          rectrack status --as-of 2023Q4 --format markdown
          rectrack status --known-at 2026-01-15 --format json
        """
    )

    /// What each status means, from the library's own words.
    static let legend = Status.rule + "\n\n" + Status.legendOrder.map { status in
        status.rawValue + String(repeating: " ", count: max(1, 14 - status.rawValue.count)) + status.meaning
    }.joined(separator: "\n")

    @OptionGroup var assessing: AssessingOptions

    @Option(name: .long, help: ArgumentHelp("Only recommendations this owner is responsible for: any name it has had (DfE, Department for Education, DCLG, MHCLG), in any case.",
                                            valueName: "owner"))
    var owner: String?

    @Option(name: .long, help: .outputFormat)
    var format: StatusFormat = .text

    func run() throws {
        let (tracker, _) = try assessing.load(showWarnings: format == .text)
        let ownerID = try owner.map { try Self.ownerID(named: $0, in: tracker.owners) }
        let asOf = assessing.time.day
        var assessments = assessing.assess(tracker).assessments
        if let ownerID { assessments = assessments.filter { $0.owners.contains(ownerID) } }
        let renderer = StatusRenderer(tracker: tracker, assessments: assessments, asOf: asOf, knownAt: assessing.time.knownAt?.day)
        Console.out(pieces: renderer.renderPieces(format, style: format == .text ? Console.outStyle : .plain))
        for assessment in assessments where !assessment.warnings.isEmpty && format == .text {
            for warning in assessment.warnings { Console.error("warning: \(assessment.recommendation): \(warning)\n") }
        }
    }

    /// The id of the one owner that has had `name`; a usage error naming the owners when none or several have.
    static func ownerID(named name: String, in directory: OwnerDirectory) throws -> String {
        let found = directory.owners(named: name)
        if found.count == 1 { return found[0].id }
        if found.count > 1 {
            throw ValidationError("'\(name)' has been the name of more than one owner (\(found.map(\.id).joined(separator: ", "))): give the owner's id")
        }
        let names = directory.owners.map { owner in
            ([owner.id] + owner.renames.map(\.to)).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined(separator: "/")
        }
        throw ValidationError("unknown owner '\(name)'.\(Suggestion.hint(name, in: directory.allNames, otherwise: "Owners are: \(names.joined(separator: ", ")) (or their full names)."))")
    }
}
