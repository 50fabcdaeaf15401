/// What a reply file's keys give, each value read on its own, before ``ReplyDecoder`` checks them against each
/// other, the file's path and the tracker.
struct ReplyFields {
    var id: String?
    var recommendation: String?
    var owner: String?
    var date: Day?
    var status: Status?
    var says: String?
    /// The `cites` entries, each read with its place in ``ReplyDecoder``.
    var citeNodes: [YAMLNode] = []
    var channel: ReplyChannel?
    var url: String?
    var lapses: Day?
    var recorded: Day?
    /// The secretariat's own working notes: loaded, never published.
    var workingNotes: String?
    /// Where each key of the file is.
    var keyLocations = KeyLocations()
    /// Where the file's mapping starts: the place for problems with a key that is absent.
    let start: SourceLocation

    init(start: SourceLocation) { self.start = start }
}

extension ReplyFields: MappingFields {
    static var entity: String { "the reply" }

    /// Every key of a reply file, in the order files list them: a new key is one line here.
    static let keys = FieldTable<ReplyFields>([
        .required("id", ValueReader.text) { $0.id = $1 },
        .required("recommendation", ValueReader.text) { $0.recommendation = $1 },
        .required("owner", ValueReader.text) { $0.owner = $1 },
        .required("date", ValueReader.day) { $0.date = $1 },
        .required("status", ValueReader.indexedChoice(Status.self)) { $0.status = $1 },
        .required("says", ValueReader.text) { $0.says = $1 },
        .optional("cites", ValueReader.nodes) { $0.citeNodes = $1 },
        .required("channel", ValueReader.choice(ReplyChannel.self)) { $0.channel = $1 },
        .optional("url", ValueReader.url) { $0.url = $1 },
        .optional("lapses", ValueReader.day) { $0.lapses = $1 },
        .required("recorded", ValueReader.day) { $0.recorded = $1 },
        .optional("working-notes", ValueReader.text) { $0.workingNotes = $1 },
    ])
}
