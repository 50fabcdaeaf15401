import RecTrackCore

/// Small pieces of markup that several pages use.
enum Fragment {
    /// `<time datetime="2026-09-30">30 September 2026</time>`.
    static func time(_ day: Day) -> Markup {
        "<time datetime=\"\(day)\">\(DateText.long(day))</time>"
    }

    /// A fact's date as exactly as it is known, e.g. `<time datetime="2025-05">May 2025</time>`.
    static func time(_ date: FactDate, short: Bool = true) -> Markup {
        "<time datetime=\"\(date.description)\">\(short ? DateText.short(date) : DateText.long(date))</time>"
    }

    /// A link when `url` is an http(s) address, otherwise the text alone: no other scheme ever becomes a link.
    static func link(_ text: String, _ url: String?) -> Markup {
        guard let url, WebAddressCheck.isHTTP(url) else { return "\(text)" }
        return "<a href=\"\(url)\" rel=\"noopener noreferrer\">\(text)</a>"
    }

    /// The status as a coloured label: the words are always there, so colour is never the only signal.
    static func badge(_ status: Status) -> Markup {
        "<strong class=\"badge s-\(status.rawValue)\">\(status.label.capitalisedFirst)</strong>"
    }

    /// A progress bar with the figure beside it. The bar is an SVG (its fill prints, unlike a CSS
    /// background) hidden from screen readers, which read the figure instead.
    static func progress(_ percent: Double, status: Status) -> Markup {
        progress(percent, colour: StatusPalette.colour(status))
    }

    /// A progress bar in a given colour (the overall figure uses the masthead's, as it is no one status).
    static func progress(_ percent: Double, colour: String) -> Markup {
        let clamped = min(100, max(0, percent))
        let figure = NumberText.format(percent)
        return """
        <span class="progress"><svg class="bar" viewBox="0 0 100 10" width="100" height="10" preserveAspectRatio="none" aria-hidden="true" focusable="false">\
        <title>\(figure)% of the way</title><desc>A bar filled to \(figure)% of its length.</desc>\
        <rect width="100" height="10" fill="\(StatusPalette.track)"/><rect width="\(SVGNumber.text(clamped))" height="10" fill="\(colour)"/>\
        </svg> <span class="figure">\(figure)%</span></span>
        """
    }

    /// What moved since last quarter: a symbol, a word and what it moved from; nil when nothing moved (or no
    /// earlier date was compared), so an unchanged row says nothing and ``changeNote(_:)`` says it once.
    static func movement(_ assessment: Assessment) -> Markup? {
        guard let trend = assessment.trend, let from = TrendText.previous(assessment) else { return nil }
        let label = trend.direction == .same ? "● Changed" : TrendText.label(trend.direction)
        return "<span class=\"moved\"><span class=\"trend trend-\(trend.direction.rawValue)\">\(label)</span> <span class=\"trend-from\">\(from)</span></span>"
    }

    /// One sentence for a set of recommendations saying what moved since the earlier date, so that the
    /// rows that did not move need not each say "same".
    static func changeNote(_ assessments: [Assessment], data: AssessedTracker) -> Markup {
        guard let since = data.comparedWith else {
            return "<p class=\"change-note\">No earlier date was compared, so no changes are marked.</p>"
        }
        let moved = assessments.filter { movement($0) != nil }.count
        if moved == 0 {
            return "<p class=\"change-note\"><strong>No change since \(time(since)).</strong> No recommendation here has moved in status or progress.</p>"
        }
        let rest = assessments.count - moved
        let others: Markup = rest == 0 ? " All of them moved." : " No change since then for the other \(rest)."
        let marked: Markup = moved == 1 ? "marked ▲ or ▼ under its progress with what it moved from" : "marked ▲ or ▼ under their progress with what they moved from"
        return "<p class=\"change-note\"><strong>\(moved) moved since \(time(since))</strong>, \(marked).\(others)</p>"
    }

    /// Owners by their short names on the as-of date, each linking to its page when the tracker has that
    /// owner, with the full name as a tooltip.
    static func owners(_ ids: [String], site: SiteContext, root: String) -> Markup {
        Markup.join(ids.map { id -> Markup in
            guard site.data.tracker.owners.owner(id: id) != nil else { return "\(id)" }
            let names = site.ownerNames(id)
            return "<a href=\"\(root)\(SiteContext.ownerPath(id))\" title=\"\(names.full)\">\(names.short)</a>"
        }, separator: ", ")
    }

    /// The newest evidence's date, flagged when it is stale.
    static func lastEvidence(_ assessment: Assessment) -> Markup {
        let date: Markup = assessment.lastEvidence.map { time($0) } ?? "none"
        return assessment.stale ? "\(date) <span class=\"tag-stale\">stale</span>" : date
    }
}

/// Numbers written into SVG coordinates: at most two decimals, no exponent, the same on every machine.
enum SVGNumber {
    /// "12", "12.5", "-3.25".
    static func text(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        let digits = fraction < 10 ? "0\(fraction)" : String(fraction)
        return sign + String(whole) + "." + (digits.hasSuffix("0") ? String(digits.dropLast()) : digits)
    }
}
