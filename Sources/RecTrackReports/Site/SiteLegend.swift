import RecTrackCore

/// "How to read this": what each status means, and every other mark the site shows (a change since last
/// quarter, *stale*, *stalled*, *past due*, *partly verified*, "known at"), each explained in words a reader sees without hovering.
///
/// It sits before the table on the index page and on the print pack's cover, so nothing is read before it.
struct SiteLegend {
    let data: AssessedTracker

    /// The legend as a section with a heading one level below the page's `h1`.
    func render() -> Markup {
        let statuses = Status.legendOrder.map { status -> Markup in
            "<div><dt>\(Fragment.badge(status))</dt><dd>\(status.meaning)</dd></div>"
        }
        let knownAt: Markup = data.effectiveKnownAt.map { "\(Fragment.time($0))" } ?? "no date yet"
        let marks: [Markup] = [
            "<div><dt><span class=\"trend trend-up\">\(TrendText.label(.up))</span> <span class=\"trend trend-down\">\(TrendText.label(.down))</span></dt><dd>\(changeMeaning)</dd></div>",
            "<div><dt><span class=\"tag-stale\">stale</span></dt><dd>The newest evidence is older than the recommendation allows (usually 12 months), so the status may be out of date.</dd></div>",
            "<div><dt><span class=\"tag-stale\">stalled</span></dt><dd>\(AssessmentFlag.stalled.meaning.capitalisedFirst) It does not change the status.</dd></div>",
            "<div><dt><span class=\"tag-stale\">past due</span></dt><dd>\(AssessmentFlag.pastDue.meaning.capitalisedFirst) It does not change the status.</dd></div>",
            "<div><dt><span class=\"tag-partly\">partly verified</span></dt><dd>Only part of this evidence could be checked against its source; the note beside it says what is in doubt.</dd></div>",
            "<div><dt>Known at</dt><dd>Only evidence recorded by this date (here \(knownAt)) is counted: the date asked for, or else the date of the newest record. Evidence is dated by when it happened; this is when it was recorded.</dd></div>",
        ]
        return """
        <section aria-labelledby="legend-heading" class="legend-section">
        <h2 id="legend-heading">How to read this</h2>
        <p>Each recommendation is assessed against the evidence on file: dated, public facts such as legislation, guidance, funding and official statistics. \(Status.rule) Announcements alone never meet a milestone.</p>
        <dl class="status-legend">\(statuses)</dl>
        <dl class="status-legend marks-legend">\(marks)</dl>
        </section>
        """
    }

    private var changeMeaning: Markup {
        guard let since = data.comparedWith else {
            return "The status or progress moved since the date compared with. No earlier date was compared here, so nothing is marked."
        }
        return "The status or progress moved since \(Fragment.time(since)), the end of the previous quarter; the mark says from what. A recommendation with no mark has not changed."
    }
}
