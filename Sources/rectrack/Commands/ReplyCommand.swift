import ArgumentParser

struct ReplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply",
        abstract: "Record an owner's reply to an assessment without writing YAML by hand.",
        subcommands: [ReplyAddCommand.self]
    )
}
