import ArgumentParser
import RecTrackProtocols
import RecTrackReports

struct ProtocolsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocols",
        abstract: "List the assessment protocol kinds, with their parameters and an example.",
        discussion: """
        Printed from each protocol's own description. `--format markdown` prints the full reference \
        with worked examples (the same text as docs/protocols.md); `--format json-schema` the schema of each \
        kind's parameters, which `make docs` writes into schemas/recommendation.schema.json.
        """
    )

    @Option(name: .long, help: .outputFormat)
    var format: ProtocolReferenceFormat = .text

    func run() throws {
        switch format {
        case .text: Console.out(ProtocolReferenceRenderer.text(BuiltinProtocols.registry, style: Console.outStyle))
        case .markdown: Console.out(ProtocolReferenceRenderer.markdown(BuiltinProtocols.registry))
        case .jsonSchema: Console.out(ProtocolSchemaRenderer.json(BuiltinProtocols.registry))
        }
    }
}
