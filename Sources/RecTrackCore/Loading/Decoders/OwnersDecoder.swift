/// Decodes `Recommendations/owners.yaml`.
enum OwnersDecoder {
    static func decode(_ node: YAMLNode, sink: DiagnosticSink) -> [Owner] {
        var reader = MappingReader(node, entity: "the owners file", sink: sink)
        let entries = reader.required("owners", ValueReader.nodes) ?? []
        reader.finish()
        var owners: [Owner] = []
        var seen: [String: Int] = [:]
        for entry in entries {
            guard let owner = decodeOwner(entry, sink: sink) else { continue }
            if let line = seen[owner.id] {
                sink.report(.duplicateOwnerID, "duplicate owner id '\(owner.id)' (first on line \(line)); each owner appears once", at: entry.location)
                continue
            }
            if let other = seen.keys.first(where: { $0.lowercased() == owner.id.lowercased() }) {
                sink.report(.ownerIDsDifferInCase, "owner ids '\(other)' (line \(seen[other]!)) and '\(owner.id)' differ only in case: they read as one owner, and their pages would overwrite each other on some file systems; rename one", at: entry.location)
            }
            seen[owner.id] = entry.location.line
            owners.append(owner)
        }
        return owners
    }

    private static func decodeOwner(_ node: YAMLNode, sink: DiagnosticSink) -> Owner? {
        var reader = MappingReader(node, entity: "an owner", sink: sink)
        let id = reader.required("id", ValueReader.text)
        let name = reader.required("name", ValueReader.line)
        let aliases = reader.optional("aliases", ValueReader.list(ValueReader.line)) ?? []
        let renameNodes = reader.optional("renames", ValueReader.nodes) ?? []
        let domains = reader.optional("domains", ValueReader.list(ValueReader.text)) ?? []
        reader.finish()
        if let id, !id.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
            sink.report(.malformedOwnerID, "owner id '\(id)' may hold only letters, digits and hyphens (such as 'DfE')", at: node.location)
            return nil
        }
        var renames: [Owner.Rename] = []
        for renameNode in renameNodes {
            var rename = MappingReader(renameNode, entity: "a rename", sink: sink)
            let to = rename.required("to", ValueReader.line)
            let fullName = rename.required("name", ValueReader.line)
            let from = rename.required("from", ValueReader.factDate)
            let note = rename.optional("note", ValueReader.text)
            rename.finish()
            guard let to, let fullName, let from else { continue }
            if let last = renames.last, from <= last.from {
                sink.report(.renamesOutOfOrder, "renames must be oldest first: '\(to)' from \(from) comes after '\(last.to)' from \(last.from)", at: renameNode.location)
            }
            renames.append(Owner.Rename(to: to, name: fullName, from: from, note: note))
        }
        guard let id, let name else { return nil }
        return Owner(id: id, name: name, aliases: aliases, renames: renames, domains: domains.map { $0.lowercased() })
    }
}
