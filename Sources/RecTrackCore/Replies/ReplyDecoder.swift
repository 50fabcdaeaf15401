/// Reads and checks one reply file against the tracker: its recommendations, owners and evidence, and today.
enum ReplyDecoder {
    /// What a reply is checked against.
    struct Context: Sendable {
        /// The evidence context: recommendations, owners and today.
        let evidence: EvidenceContext
        /// Each recommendation's owner ids.
        let owners: [String: [String]]
        /// Every evidence id the tracker has.
        let evidenceIDs: Set<String>
    }

    /// Reads the file's values through ``ReplyFields/keys`` and checks them; nil after reporting when anything is wrong.
    static func decode(_ node: YAMLNode, path: String, context: Context, sink: DiagnosticSink) -> Reply? {
        let fields = ReplyFields.read(node, sink: sink)
        let today = context.evidence.today
        if let id = fields.id, id != PathParts.stem(PathParts.fileName(path)) || !Identifier.isKebabCase(id) {
            sink.report(.replyIDDiffersFromFile, "id '\(id)' must be kebab-case and equal the file name without '.yaml' ('\(PathParts.fileName(path))'), such as '2026-03-03-dfe-r6'", at: fields.location(of: "id"))
        }
        if let date = fields.date {
            if date > today {
                sink.report(.replyDateInFuture, "'date' \(date) is after today (\(today)); a reply is recorded once it has been made", at: fields.location(of: "date"))
            }
            if PathParts.parentName(path) != String(date.year) || !path.hasPrefix("Replies/") {
                sink.report(.replyWrongYearFolder, "a reply dated \(date) belongs in Replies/\(date.year)/", at: fields.location(of: "date"))
            }
        }
        if let recorded = fields.recorded {
            if recorded > today {
                sink.report(.replyRecordedInFuture, "'recorded' \(recorded) is after today (\(today)); it is the day the file was added", at: fields.location(of: "recorded"))
            }
            if let date = fields.date, recorded < date {
                sink.report(.replyRecordedBeforeDate, "'recorded' \(recorded) is before the reply's own date \(date); check both dates", at: fields.location(of: "recorded"))
            }
        }
        if let date = fields.date, let lapses = fields.lapses, lapses <= date {
            sink.report(.replyLapsesBeforeDate, "'lapses' \(lapses) is not after the reply's date \(date); leave it out to let the reply stand for \(Reply.defaultLifetimeMonths) months", at: fields.location(of: "lapses"))
        }
        let named = resolveOwner(fields, context: context, sink: sink)
        var cites: [String] = []
        for node in fields.citeNodes {
            guard let cite = ValueReader.text(node, "cites", sink) else { continue }
            checkCitation(cite, at: node.location, context: context, sink: sink)
            cites.append(cite)
        }
        guard let id = fields.id, let named, let date = fields.date, let status = fields.status,
              let says = fields.says, let channel = fields.channel, let recorded = fields.recorded, !sink.hasErrors else { return nil }
        let content = ReplyContent(recommendation: named.recommendation, owner: named.owner, date: date, status: status, says: says, cites: cites,
                                   channel: channel, url: fields.url)
        return Reply(id: id, content: content, lapses: fields.lapses, recorded: recorded, workingNotes: fields.workingNotes, path: path)
    }

    /// The recommendation's key and the owner's id, when the recommendation is known and the owner, named as on the
    /// reply's date, is one of its owners.
    private static func resolveOwner(_ fields: ReplyFields, context: Context, sink: DiagnosticSink) -> (recommendation: String, owner: String)? {
        guard let written = fields.recommendation,
              let recommendation = context.evidence.key(of: written, at: fields.location(of: "recommendation"), sink: sink, code: .replyUnknownRecommendation),
              let owners = context.owners[recommendation] else { return nil }
        guard let name = fields.owner, let date = fields.date else { return nil }
        let directory = context.evidence.owners
        let at = fields.location(of: "owner")
        switch directory.resolve(name, on: date) {
        case .owner(let id):
            guard owners.contains(id) else {
                sink.report(.replyOwnerNotOwner, "\(name) is not an owner of \(recommendation), whose owners are \(owners.joined(separator: ", ")); only an owner's reply stands beside its verdict", at: at)
                return nil
            }
            return (recommendation, id)
        case .wrongDate(let owner, let expected):
            sink.report(.ownerNameWrongForDate, "owner '\(name)' was not called that on \(date): \(owner) was '\(expected)' then; write '\(expected)'", at: at)
        case .unknown:
            let hint = Suggestion.didYouMean(name, in: directory.allNames)
            sink.report(.unknownOwner, "unknown owner '\(name)'.\(hint.isEmpty ? " Owners are: \(directory.ids.joined(separator: ", ")) (or a name they had on the date)." : hint)", at: at)
        }
        return nil
    }

    /// A citation is an evidence id of this tracker or a public web address.
    private static func checkCitation(_ cite: String, at location: SourceLocation, context: Context, sink: DiagnosticSink) {
        if cite.hasPrefix("http://") || cite.hasPrefix("https://") {
            if !WebAddress.isHTTP(cite) {
                sink.report(.replyCiteNotIDOrAddress, "'\(cite)' in 'cites' is not a usable web address; give the page's full http(s) address", at: location)
            }
            return
        }
        guard Identifier.isKebabCase(cite) else {
            sink.report(.replyCiteNotIDOrAddress, "'\(cite)' in 'cites' is neither an evidence id of this tracker nor an http(s) address", at: location)
            return
        }
        if !context.evidenceIDs.contains(cite) {
            let hint = Suggestion.didYouMean(cite, in: context.evidenceIDs.sorted())
            sink.report(.replyCitesUnknownEvidence, "'cites' names evidence '\(cite)' that the tracker does not have.\(hint.isEmpty ? " Record it as evidence first, or cite its web address." : hint)", at: location)
        }
    }
}
