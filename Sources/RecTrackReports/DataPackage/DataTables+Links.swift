import RecTrackCore

extension DataTables {
    /// One row per link written under a recommendation's `links:`: to another recommendation of the tracker (a foreign
    /// key, through the tracker's own lookup) or to a call made outside it (its title, publisher and address).
    static var links: AnyDataTable { DataTable<Placed<(position: Int, link: RecommendationLink, target: (report: String, id: String)?)>>(
        name: "links",
        description: "One row per link a recommendation's record makes to another call for the same thing: another recommendation of the tracker, or a call made outside it. Context beside the verdict, never changing a status.",
        primaryKey: ["report", "recommendation", "position"],
        foreignKeys: [.to("recommendations", ["report", "recommendation"]),
                      .to("recommendations", ["target_report", "target_recommendation"], as: ["report", "recommendation"])],
        columns: [
            .text("report", "The report's id of the recommendation the link is written on.") { $0.report },
            .text("recommendation", "The id of the recommendation the link is written on.") { $0.id },
            .integer("position", "1 for the record's first link, then 2, 3 and so on.") { $0.item.position },
            .choice("kind", "How the other call relates to this recommendation (repeated-by and built-on-by: a later call repeats or builds on it).",
                    of: RecommendationLink.Kind.self) { $0.item.link.kind },
            .text("target_report", "The report's id of the other recommendation; empty for a call made outside the tracker.", required: false) {
                $0.item.target?.report
            },
            .text("target_recommendation", "The id of the other recommendation; empty for a call made outside the tracker.", required: false) {
                $0.item.target?.id
            },
            .text("title", "The outside call's title, as published; empty for a recommendation of the tracker.", required: false) {
                $0.item.link.outsideCall?.title
            },
            .text("publisher", "Who made the outside call; empty for a recommendation of the tracker.", required: false) {
                $0.item.link.outsideCall?.publisher
            },
            .text("url", "Where the outside call can be read; empty for a recommendation of the tracker.", required: false) {
                $0.item.link.outsideCall?.url
            },
            .factDate("date", "When the outside call was made; empty for a recommendation of the tracker, which has its report's date.",
                      required: false) { $0.item.link.date },
            .text("note", "One line on how the two calls relate.") { $0.item.link.note },
            .choice("confidence", "Whether the other call was verified fully (verified) or only in part (partly).", of: Confidence.self) {
                $0.item.link.confidence
            },
        ],
        rows: { input in
            placed(input).flatMap { r in
                r.item.links.enumerated().compactMap { item in
                    let target: (report: String, id: String)?
                    if case .recommendation(let reference) = item.element.target {
                        // A link to a recommendation this package does not hold (another report's, with --report) is
                        // left out, as its foreign key could not resolve.
                        guard let held = DataPackageInput.heldKey(reference, in: input.tracker) else { return nil }
                        target = held
                    } else {
                        target = nil
                    }
                    return (r.report, r.id, (item.offset + 1, item.element, target))
                }
            }
        }).erased }
}

private extension RecommendationLink {
    /// The outside call it points at, or nil when it points at a recommendation of the tracker.
    var outsideCall: OutsideCall? {
        if case .outside(let call) = target { return call }
        return nil
    }
}
