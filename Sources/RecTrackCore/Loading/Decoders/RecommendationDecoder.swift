/// Decodes one `Recommendations/R06.yaml`, its protocol included.
enum RecommendationDecoder {
    /// The longest short title that fits a status table.
    static let titleLimit = 80

    static func decode(_ node: YAMLNode, path: String, owners: OwnerDirectory, context: ProtocolParsingContext) -> Recommendation? {
        let sink = context.sink
        var reader = MappingReader(node, entity: "the recommendation", sink: sink)
        let id = reader.required("id", ValueReader.text)
        let number = reader.required("number", ValueReader.integer)
        let title = reader.required("title", ValueReader.line)
        let text = reader.required("text", ValueReader.text)
        let theme = reader.required("theme", ValueReader.line)
        let ownerIDs = reader.required("owners", ValueReader.list(ValueReader.text))
        let staleAfter = reader.optional("stale-after", ValueReader.timeSpan) ?? TimeSpan(12, .months)
        let stallAfter = reader.optional("stall-after", ValueReader.timeSpan) ?? TimeSpan(18, .months)
        let links = reader.optional("links", RecommendationLinkDecoder.decodeList) ?? []
        let protocolNode = reader.required("protocol", ValueReader.any)
        reader.finish()

        if let number, number < 1 {
            sink.report(.numberBelowOne, "'number' must be 1 or more, found \(number)", at: reader.location(of: "number"))
        }
        if let id, let number, id != "R\(number)" {
            sink.report(.idNumberMismatch, "id '\(id)' does not match number \(number); the id must be 'R\(number)'", at: reader.location(of: "id"))
        }
        if let number, let stemNumber = stemNumber(path), stemNumber != number {
            sink.report(.fileNameNumberMismatch, "the file name says recommendation \(stemNumber) but 'number' is \(number); rename the file to R\(number < 10 ? "0" : "")\(number).yaml", at: reader.location(of: "number"))
        }
        if let title, title.count > titleLimit {
            sink.report(.titleTooLong, "the title is \(title.count) characters; keep it to \(titleLimit) so it fits the status table (the full words belong in 'text')", at: reader.location(of: "title"))
        }
        if let ownerIDs {
            if ownerIDs.isEmpty {
                sink.report(.noOwners, "'owners' is empty; name at least the lead owner", at: reader.location(of: "owners"))
            }
            for owner in ownerIDs where owners.owner(id: owner) == nil {
                let hint = Suggestion.didYouMean(owner, in: owners.ids)
                sink.report(.unknownOwner, "unknown owner '\(owner)'.\(hint.isEmpty ? " Owners are: \(owners.ids.joined(separator: ", "))." : hint)", at: reader.location(of: "owners"))
            }
            if Set(ownerIDs).count != ownerIDs.count {
                sink.report(.repeatedOwner, "an owner is listed twice in 'owners'", at: reader.location(of: "owners"))
            }
        }
        let parsed = protocolNode.flatMap { context.registry.parse($0, context: context) }
        if let parsed {
            var seen = Set<String>()
            for milestone in parsed.protocol.milestones where !seen.insert(milestone.id).inserted {
                sink.report(.duplicateMilestoneID, "milestone id '\(milestone.id)' is used twice; milestone ids must be unique within a recommendation", at: protocolNode?.location)
            }
        }
        guard let id, let number, let title, let text, let theme, let ownerIDs, let parsed, !sink.hasErrors else { return nil }
        var recommendation = Recommendation(id: id, number: number, title: title, text: text, theme: theme, owners: ownerIDs,
                                            staleAfter: staleAfter, stallAfter: stallAfter, assessmentProtocol: parsed.protocol, path: path,
                                            links: links)
        recommendation.protocolNode = protocolNode
        return recommendation
    }

    /// The ids a record that failed to load may be known by: its `id:` when readable, and `R` with its file name's number.
    static func declaredIDs(_ node: YAMLNode?, path: String) -> Set<String> {
        var ids = Set<String>()
        if case .mapping(let entries)? = node?.content, let id = entries.first(where: { $0.key == "id" })?.value.scalar {
            ids.insert(id.trimmingWhitespace)
        }
        if let number = stemNumber(path) { ids.insert("R\(number)") }
        return ids
    }

    /// The number in a file name such as `R06.yaml`.
    private static func stemNumber(_ path: String) -> Int? {
        // The common case, an ASCII name, without making a String for each part (uppercased() alone cost thousands
        // of instructions a record); `String`'s own rules for any other.
        if path.utf8.allSatisfy({ $0 < 0x80 }) {
            let name = path.utf8.split(separator: UInt8(ascii: "/")).last ?? path.utf8[...]
            guard let stem = name.split(separator: UInt8(ascii: ".")).first, let first = stem.first,
                  first == UInt8(ascii: "R") || first == UInt8(ascii: "r") else { return nil }
            return Int(Substring(stem.dropFirst()))
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        guard stem.uppercased().hasPrefix("R") else { return nil }
        return Int(stem.dropFirst())
    }
}
