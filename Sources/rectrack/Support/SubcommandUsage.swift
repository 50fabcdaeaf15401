import ArgumentParser

/// The message for a usage error found while a subcommand ran, laid out as ArgumentParser lays out its own:
/// the error, the subcommand's usage, and where its help is.
enum SubcommandUsage {
    /// "Error: …", then "Usage: rectrack show <recommendation> …" and "See 'rectrack show --help' …".
    static func message(_ text: String, for subcommand: ParsableCommand.Type, in root: ParsableCommand.Type) -> String {
        let usage = root.usageString(for: subcommand).split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "\n       ")
        let words = usage.split(separator: " ")
        // The usage starts with the command's words ("rectrack evidence add"), up to the first argument or option.
        let name = words.prefix { !$0.hasPrefix("<") && !$0.hasPrefix("[") && !$0.hasPrefix("-") }.joined(separator: " ")
        return "Error: \(text)\nUsage: \(usage)\n  See '\(name) --help' for more information.\n"
    }
}
