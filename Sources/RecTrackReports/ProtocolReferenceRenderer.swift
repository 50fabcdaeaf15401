import RecTrackCore

/// The protocol reference printed by `rectrack protocols` and written to `docs/protocols.md`,
/// made from each kind's own description.
public enum ProtocolReferenceRenderer {
    /// Markdown for every kind in the registry.
    public static func markdown(_ registry: ProtocolRegistry) -> String {
        var out = Markdown.generatedPage("Assessment protocols", from: "each protocol's description")
        out += """
            A recommendation's `protocol:` names a kind and gives its parameters. \
            Parts of `all-of` and `any-of` may also take `weight:` (default 1).

            | kind | what it does |
            |---|---|

            """
        for kind in registry.kinds {
            out += "| `\(kind.description.id)` | \(kind.description.summary) |\n"
        }
        out += "\n## How the status is decided\n\n\(Status.rule)\n\n| status | what it means |\n|---|---|\n"
        for status in Status.legendOrder { out += "| `\(status.rawValue)` | \(status.meaning) |\n" }
        out += "\nThe worked examples under each kind below run as tests: each must give the status shown, and "
        out += "\"Three milestones each partly met\", \"A figure a hair short of the target\" and "
        out += "\"All but a part weighted 1 in 2001\" show the rule's edges.\n"
        for kind in registry.kinds {
            let d = kind.description
            out += "\n## `\(d.id)`\n\n\(d.summary)\n\n\(d.discussion)\n"
            if !d.parameters.isEmpty {
                out += "\n| parameter | type | default | meaning |\n|---|---|---|---|\n"
                for p in d.parameters {
                    out += "| `\(p.name)` | \(p.type) | \(p.defaultValue.map { "`\($0)`" } ?? "required") | \(p.summary) |\n"
                }
            }
            for example in d.examples {
                out += "\n### Example: \(example.title)\n\n```yaml\nprotocol:\n"
                out += example.protocolYAML.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
                out += "\n```\n\nWith \(example.evidence.count == 1 ? "this evidence" : "these evidence files") (as of \(example.asOf)):\n"
                for file in example.evidence {
                    out += "\n```yaml\n\(file)\n```\n"
                }
                out += "\nthe status is **\(example.expectedStatus.rawValue)**"
                if let progress = example.expectedProgress { out += " (\(NumberText.format(progress))%)" }
                out += ".\n"
            }
        }
        out += "\n" + ProgressMethodReferenceRenderer.markdown()
        return out
    }

    /// A shorter text for the terminal: each kind with its summary and parameters.
    public static func text(_ registry: ProtocolRegistry, style: TerminalStyle = .plain) -> String {
        // Prose is wrapped to the terminal; the YAML examples are not, so that they can be copied as they are.
        var out = style.bold("How the status is decided") + "\n" + style.fitting(Status.rule) + "\n"
        for status in Status.legendOrder {
            out += style.fitting("    \(status.rawValue)\(String(repeating: " ", count: max(1, 14 - status.rawValue.count)))\(status.meaning)") + "\n"
        }
        out += style.fitting("The worked examples (rectrack protocols --format markdown) run as tests.") + "\n\n"
        for kind in registry.kinds {
            let d = kind.description
            out += style.fitting(style.bold(d.id) + " — \(d.summary)") + "\n"
            for p in d.parameters {
                out += style.fitting("    \(p.name): \(p.type)\(p.defaultValue.map { " (default \($0))" } ?? " (required)") — \(p.summary)") + "\n"
            }
            if let example = d.examples.first {
                out += "    example (\(example.title)):\n"
                for line in example.protocolYAML.split(separator: "\n") { out += "      \(line)\n" }
            }
            out += "\n"
        }
        out += style.fitting("Full reference with worked examples: docs/protocols.md (or rectrack protocols --format markdown).") + "\n"
        return out
    }
}
