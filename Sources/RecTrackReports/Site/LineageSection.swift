import RecTrackCore

/// A recommendation's lineage on its page and in the print pack: the sentence, then each call in date order with
/// how it relates, its note and a link to it; other recommendations of the tracker link to their own pages when the
/// site has them (a site of one report, `--report`, names another report's recommendation without a link).
enum LineageSection {
    /// The section, or nothing when no call is linked to the recommendation; in the print pack (`listed` false), which
    /// gives each recommendation one printed page, the brief's line alone: the calls that repeat or build on it.
    static func render(_ lineage: Lineage, h: HeadingLevels, prefix: String, root: String, listed: Bool,
                       hasPage: (String) -> Bool) -> Markup {
        guard let sentence = listed ? LineageText.sentence(lineage) : LineageText.brief(lineage) else { return .empty }
        let items = lineage.entries.map { entry -> Markup in
            let partly: Markup = entry.confidence == .partly ? " <span class=\"tag-partly\">partly verified</span>" : .empty
            let note: Markup = entry.note.map { " <span class=\"note\">\($0)</span>" } ?? .empty
            let call: Markup
            switch entry.call {
            case .recommendation where entry.kind == nil:
                call = "\(LineageText.words(entry.call).name) (this recommendation)"
            case .recommendation(let id, _, _, _) where !hasPage(id):
                call = "\(LineageText.name(entry.call))"
            case .recommendation(let id, _, _, _):
                call = "<a href=\"\(root)\(SiteContext.recommendationPath(id))\">\(LineageText.name(entry.call))</a>"
            case .outside(let outside):
                call = Fragment.link("“\(outside.title)”", outside.url) + ", \(outside.publisher)"
            }
            let label: Markup = entry.kind == nil ? .empty : "<strong>\(LineageText.label(entry.kind).capitalisedFirst)</strong>: "
            return "<li>\(Fragment.time(entry.date, short: false)): \(label)\(call).\(partly)\(note)</li>"
        }
        return """
        <section aria-labelledby="\(prefix)-lineage">
        \(h.sub("\(prefix)-lineage", "Earlier and later calls"))
        <p>\(sentence)</p>
        \(listed ? "<ul class=\"lineage\">\(Markup.join(items, separator: "\n"))</ul>" as Markup : .empty)
        <p class="note">Links to other calls are context: they never change the status.</p>
        </section>
        """
    }
}
