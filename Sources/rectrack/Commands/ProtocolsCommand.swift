import ArgumentParser
import RecTrackProtocols
import RecTrackReports

struct ProtocolsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocols",
        abstract: "List the assessment protocol kinds, with their parameters and an example.",
        discussion: """
        Printed from each protocol's own description. `--format markdown` prints the full reference \
        with worked examples (the same text as docs/protocols.md).
        """
    )

    @Option(name: .long, help: "Output format: text or markdown.")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown
        case jsonSchema = "json-schema"
    }

    func run() throws {
        switch format {
        case .text: Console.out(ProtocolReferenceRenderer.text(BuiltinProtocols.registry, style: Console.outStyle))
        case .markdown: Console.out(ProtocolReferenceRenderer.markdown(BuiltinProtocols.registry))
        case .jsonSchema: Console.out(ProtocolSchemaRenderer.json(BuiltinProtocols.registry))
        }
    }
}
