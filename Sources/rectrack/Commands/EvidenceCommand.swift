import ArgumentParser

struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Record evidence without writing YAML by hand.",
        subcommands: [EvidenceAddCommand.self]
    )
}
