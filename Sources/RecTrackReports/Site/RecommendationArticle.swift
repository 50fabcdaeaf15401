import RecTrackCore

/// One recommendation in full or in brief: its status at a glance, the report's exact text, the
/// "done when" milestones, a chart per metric, the rationale and the evidence; in full, also its badge to embed.
///
/// `full` is the recommendation's own page. `pack` is its page in the print pack (`print.html`),
/// cut to what fits about one printed page: milestones without their evidence lists, charts
/// without the figures table, the rationale without citations, and the evidence in one sentence.
struct RecommendationArticle {
    /// How much to show.
    enum Detail {
        case full, pack
    }

    let site: SiteContext
    let view: RecommendationView
    let detail: Detail

    private var recommendation: Recommendation { view.recommendation }
    private var assessment: Assessment { view.assessment }

    /// The recommendation's content. `depth` is the level of its main heading (1 on its own page,
    /// 2 in the print pack); anchors are prefixed with the id so several can share a page.
    func render(root: String, depth: Int) -> Markup {
        let a = assessment
        let prefix = a.recommendation
        let h = HeadingLevels(top: depth)
        var sections: [Markup] = []
        sections.append("""
        <div class="summary-panel">
        <p class="lead">\(a.reason)</p>
        <dl class="facts">
        <div><dt>Status</dt><dd>\(Fragment.badge(a.status))\(Markup.join(AssessmentFlag.flags(of: a).map { " <span class=\"tag-stale\">\($0.rawValue)</span>" }, separator: ""))</dd></div>
        <div><dt>Progress</dt><dd>\(Fragment.progress(a.progress, status: a.status))</dd></div>
        <div><dt>Since \(DateText.short(site.data.trendsSince))</dt><dd>\(change)</dd></div>
        <div class="fact-owners"><dt>Owners</dt><dd>\(ownerList(root: root))</dd></div>
        <div><dt>Formal response</dt><dd>\(responseText)\(view.responseHistoryText.map { "<span class=\"note\">Responses in turn: \($0).</span>" as Markup } ?? .empty)</dd></div>\(a.standingReplies.map { "\n" + ownerView($0) })
        <div><dt>Last evidence</dt><dd>\(a.lastEvidence.map { Fragment.time($0, short: false) } ?? "none yet")</dd></div>
        </dl>
        \(a.stale ? "<p class=\"note\">The newest evidence is more than \(recommendation.staleAfter) old: the status may be out of date.</p>" as Markup : .empty)\(a.stalled.map { "<p class=\"note\">Stalled: \($0.arrivedSince) \($0.arrivedSince == 1 ? "item" : "items") of evidence since \(Fragment.time($0.since, short: false)), and none has moved it for more than \(recommendation.stallAfter).</p>" as Markup } ?? .empty)
        </div>
        """)
        sections.append("""
        <section aria-labelledby="\(prefix)-text">
        \(h.sub("\(prefix)-text", "What the report recommends"))
        <blockquote class="report-text"><p>\(recommendation.text)</p></blockquote>
        <p class="cite">\(view.reportTitle), recommendation \(a.number). Theme: \(recommendation.theme).</p>
        </section>
        """)
        if !view.lineage.isEmpty { sections.append(LineageSection.render(view.lineage, h: h, prefix: prefix, root: root, listed: detail == .full,
                                                                            hasPage: { site.data.tracker.recommendation($0) != nil })) }
        if !a.milestones.isEmpty { sections.append(milestones(h: h, prefix: prefix)) }
        for (index, metric) in view.metrics.enumerated() {
            sections.append(metricSection(metric, h: h, prefix: prefix, id: "\(prefix)-m\(index + 1)"))
        }
        sections.append(rationale(h: h, prefix: prefix))
        sections.append(timeline(h: h, prefix: prefix))
        if !a.warnings.isEmpty {
            sections.append("""
            <section aria-labelledby="\(prefix)-warnings" class="warnings">
            \(h.sub("\(prefix)-warnings", "Warnings from the assessment"))
            <ul>\(a.warnings.map { "<li>\($0)</li>" as Markup })</ul>
            </section>
            """)
        }
        if detail == .full { sections.append(BadgeEmbedSection(site: site, assessment: a).render(h: h)) }
        return """
        <article class="recommendation" id="\(prefix)">
        <h\(h.top)><span class="rec-number">Recommendation \(a.number)</span> \(recommendation.title)</h\(h.top)>
        \(Markup.join(sections, separator: "\n"))
        </article>
        """
    }

    /// What moved since last quarter, or that nothing did.
    private var change: Markup {
        if let moved = Fragment.movement(assessment) { return moved }
        return site.data.comparedWith == nil ? "Not compared" : "No change"
    }

    /// An owner's standing reply, beside the verdict: the sentence, their words and what they cite.
    private func ownerView(_ reply: ReplyStanding) -> Markup {
        let cites = ReplyText.citations(reply).map { " \($0.capitalisedFirst)." } ?? ""
        let published: Markup = reply.url.map { " " + Fragment.link("Read it as published", $0) + "." } ?? .empty
        return """
        <div class="owner-view"><dt>Reply from \(reply.ownerName)</dt><dd>\(ReplyText.sentence(reply)). <q>\(reply.says)</q>\(cites)\(published) \(ReplyText.lapse(reply).capitalisedFirst).</dd></div>
        """
    }

    private var responseText: String {
        // A verdict is capitalised as a value; "not tracked" and "none found" read as words.
        switch assessment.response {
        case nil, .some(.none): return view.responseText
        case .some: return view.responseText.capitalisedFirst
        }
    }

    private func ownerList(root: String) -> Markup {
        Markup.join(view.owners.map { owner -> Markup in
            let lead: Markup = owner.lead ? " (lead)" : .empty
            guard owner.known else { return "\(owner.id)\(lead)" }
            let names = site.ownerNames(owner.id)
            // The report's text names the owner as it was then: say which body that is now.
            let formerly: Markup = names.full == owner.name ? .empty : ", formerly \(owner.name) (\(owner.id))"
            return "<a href=\"\(root)\(SiteContext.ownerPath(owner.id))\">\(names.full)</a> (\(names.short))\(formerly)\(lead)"
        }, separator: "; ")
    }

    private func milestones(h: HeadingLevels, prefix: String) -> Markup {
        let rows = view.milestones.map { milestone -> Markup in
            let m = milestone.state
            let state: Markup
            switch m.state {
            case .met: state = "<span class=\"state state-met\">✔ Met</span>"
            case .partlyMet: state = "<span class=\"state state-partly\">◐ Partly met</span>"
            case .notMet: state = "<span class=\"state state-not\">○ Not met</span>"
            }
            let claims: Markup = m.claimsOnly ? "<span class=\"note\">on claims only: announcements or statements, not yet shown in force</span>" : .empty
            let counts: Markup = m.metBecause.map { "<span class=\"note\">It counts: \($0).</span>" } ?? .empty
            let due: Markup = m.deadline.map { d in
                "<span class=\"note deadline deadline-\(d.standing.rawValue)\">Due \(Fragment.time(d.deadline.date, short: false)), \(DeadlineText.setter(d.deadline)): <strong>\(DeadlineText.standing(d))</strong>.\(d.deadline.note.map { " \($0.capitalisedFirst)." } ?? "")</span>"
            } ?? .empty
            let cites = milestone.evidence.isEmpty ? "none yet" as Markup : citations(milestone.evidence, prefix: prefix)
            let evidenceCell: Markup = detail == .full ? "<td class=\"cites\" data-label=\"Evidence\">\(cites)</td>" : .empty
            return """
            <tr><th scope="row" class="card-title">\(m.title)</th><td data-label="State">\(state)\(claims)\(counts)\(due)</td>\(evidenceCell)</tr>
            """
        }
        return """
        <section aria-labelledby="\(prefix)-done-when">
        \(h.sub("\(prefix)-done-when", "Done when"))
        <p class="done-when-intro">The recommendation is implemented when every one of these is met.</p>
        <div class="table-wrap">
        <table class="milestones stack">
        <thead><tr><th scope="col">Milestone</th><th scope="col">State</th>\(detail == .full ? "<th scope=\"col\">Evidence</th>" as Markup : .empty)</tr></thead>
        <tbody>
        \(Markup.join(rows, separator: "\n"))
        </tbody>
        </table>
        </div>
        </section>
        """
    }

    /// A metric's chart and figures; `id` names its elements, `prefix` is the article's (for evidence links).
    private func metricSection(_ view: RecommendationView.Metric, h: HeadingLevels, prefix: String, id: String) -> Markup {
        let metric = view.state
        let rows = metric.series.map { point -> Markup in
            let figure = view.figures[point.evidence]
            return """
            <tr><td>\(Fragment.time(point.period))</td><td class="num">\(metric.unit.format(point.value))</td><td>\(evidenceLink(figure, prefix: prefix, label: figure?.title ?? point.source))\(point.note.map { " <span class=\"note\">\($0)</span>" as Markup } ?? .empty)</td></tr>
            """
        }
        let source: Markup = view.source.map { "<p class=\"cite\">Source: \($0).</p>" } ?? .empty
        let judged: Markup = Markup.join([MetricText.pace(metric), MetricText.latestPeriod(metric)].compactMap { $0 }.map { "<p class=\"metric-pace\">\($0)</p>" as Markup }, separator: "\n")
        let about: Markup = view.description.map { "<p class=\"metric-about\">\($0)</p>" } ?? .empty
        let table: Markup = rows.isEmpty ? "<p>No figures have been observed yet.</p>" : """
        <div class="table-wrap">
        <table class="figures">
        <caption>Figures behind the chart</caption>
        <thead><tr><th scope="col">Date the figure refers to</th><th scope="col" class="num">Figure</th><th scope="col">Published in</th></tr></thead>
        <tbody>
        \(Markup.join(rows, separator: "\n"))
        </tbody>
        </table>
        </div>
        """
        return """
        <section aria-labelledby="\(id)-heading">
        \(h.sub("\(id)-heading", "Measure: \(metric.title)"))
        \(detail == .full ? about : .empty)
        <figure class="chart-figure">
        <figcaption>\(MetricChart.caption(metric))</figcaption>
        \(MetricChart(metric: metric, idPrefix: id, layout: .wide).render())
        \(MetricChart(metric: metric, idPrefix: id, layout: .narrow).render())
        </figure>
        \(judged)
        \(detail == .full ? table : .empty)
        \(source)
        </section>
        """
    }

    private func rationale(h: HeadingLevels, prefix: String) -> Markup {
        let items = view.reasons.map { sentence -> Markup in
            let cites: Markup = sentence.evidence.isEmpty || detail == .pack ? .empty : "<div class=\"cites\"><span class=\"cites-label\">Evidence</span>\(citations(sentence.evidence, prefix: prefix))</div>"
            return "<li>\(sentence.text)\(cites)</li>"
        }
        return """
        <section aria-labelledby="\(prefix)-why">
        \(h.sub("\(prefix)-why", "Why this status"))
        <ul class="rationale">
        \(Markup.join(items, separator: "\n"))
        </ul>
        </section>
        """
    }

    private func timeline(h: HeadingLevels, prefix: String) -> Markup {
        let timeline = Array(view.timeline.reversed())
        if detail == .pack { return evidenceInBrief(timeline.map(\.evidence), h: h, prefix: prefix) }
        let items = timeline.map { entry -> Markup in
            let item = entry.evidence
            let bearings = entry.bearings.map { bearing -> Markup in
                let what: Markup = bearing.milestoneTitle.map { " the milestone <span class=\"milestone-ref\">“\($0)”</span>" } ?? .empty
                let verdict: Markup = bearing.response.map { " (response: \($0.rawValue.replacingHyphens))" } ?? .empty
                let note: Markup = bearing.note.map { " \($0)" } ?? .empty
                // An effect with nothing after it ("Context.") says nothing to a reader: say what it means.
                let gloss: Markup = bearing.milestoneTitle == nil && bearing.response == nil && bearing.note == nil ? ": \(EffectText.meaning(bearing.effect))" : .empty
                return "<li><strong class=\"effect effect-\(bearing.effect.rawValue)\">\(bearing.effect.rawValue.replacingHyphens.capitalisedFirst)</strong>\(verdict)\(what)\(gloss).\(note)</li>"
            }
            let confidence: Markup = item.confidence == .partly ? " · <span class=\"tag-partly\">partly verified</span>" : .empty
            return """
            <li class="event" id="\(prefix)-ev-\(item.id)">
            <p class="event-date">\(Fragment.time(item.date, short: false))</p>
            <div class="event-body">
            \(h.item(Fragment.link(item.title, item.url)))
            <p class="event-meta">\(item.attribution) · \(item.kind.rawValue.replacingHyphens)\(confidence)</p>
            <ul class="bearings">\(bearings)</ul>
            \(detail == .full ? "<p class=\"summary\">\(item.summary)</p>" as Markup : .empty)
            </div>
            </li>
            """
        }
        let partly: Markup = timeline.contains { $0.evidence.confidence == .partly }
            ? " <span class=\"tag-partly\">partly verified</span> marks evidence that could be checked only in part against its source; the note beside it says what is in doubt." : .empty
        let body: Markup = items.isEmpty ? "<p>No evidence bears on this recommendation yet.</p>" : """
        <ol class="timeline" reversed>
        \(Markup.join(items, separator: "\n"))
        </ol>
        """
        return """
        <section aria-labelledby="\(prefix)-evidence">
        \(h.sub("\(prefix)-evidence", "Evidence timeline (\(items.count))"))
        <p class="timeline-intro">Most recent first. Titles link to the publisher's page where it has one.\(partly)</p>
        \(body)
        </section>
        """
    }

    /// The print pack's evidence: how much there is, the newest item, and where the rest is.
    private func evidenceInBrief(_ evidence: [Evidence], h: HeadingLevels, prefix: String) -> Markup {
        let path = SiteContext.recommendationPath(recommendation.id)
        // On paper a link is only its words: the address is written out so the reader can find the page.
        let page: Markup = "<a href=\"\(path)\">the tracker's page for recommendation \(assessment.number)</a><span class=\"print-only\"> (\(path) in the published site)</span>"
        let text: Markup
        if let newest = evidence.first {
            text = """
            \(evidence.count) evidence \(evidence.count == 1 ? "item bears" : "items bear") on this recommendation. \
            The newest: \(Fragment.time(newest.date, short: false)), “\(newest.title)” (\(newest.attribution)). \
            Every item, with its summary, is on \(page).
            """
        } else {
            text = "No evidence bears on this recommendation yet."
        }
        return """
        <section aria-labelledby="\(prefix)-evidence">
        \(h.sub("\(prefix)-evidence", "Evidence"))
        <p>\(text)</p>
        </section>
        """
    }

    /// A list of links to evidence items in the timeline below, by date and title.
    private func citations(_ citations: [RecommendationView.Citation], prefix: String) -> Markup {
        let items = citations.map { citation -> Markup in
            let label = citation.title.map { title in citation.date.map { "\(DateText.short($0)): \(title)" } ?? title } ?? citation.id
            return "<li>\(evidenceLink(citation, prefix: prefix, label: label))</li>"
        }
        return "<ul class=\"cite-list\">\(items)</ul>"
    }

    /// A link to the evidence's entry in this page's timeline; when it is not there (a figure from a
    /// release that bears on other recommendations), a link to its publisher's page, or the label alone.
    private func evidenceLink(_ citation: RecommendationView.Citation?, prefix: String, label: String) -> Markup {
        guard let citation else { return Fragment.link(label, nil) }
        if citation.inTimeline {
            return "<a href=\"#\(prefix)-ev-\(citation.id)\">\(label)</a>"
        }
        return Fragment.link(label, citation.url)
    }
}

/// Heading levels under an article's main heading, so the same article nests in the print pack.
struct HeadingLevels {
    /// The article's heading level.
    let top: Int

    /// A section heading one level down, with an id.
    func sub(_ id: String, _ text: String) -> Markup {
        "<h\(top + 1) id=\"\(id)\">\(text)</h\(top + 1)>"
    }

    /// An item heading two levels down.
    func item(_ content: Markup) -> Markup {
        "<h\(top + 2) class=\"event-title\">\(content)</h\(top + 2)>"
    }
}
