import RecTrackCore

/// A recommendation's badge, `badges/R6.svg`, for others to embed: the id on the masthead's colour, then the
/// status on its own colour, with the progress figure and any flag that changes what the status means
/// ("R6 | limited · 38%", "R8 | limited · 38% · stalled", "R3 | not assessed").
///
/// The badge is a standalone SVG image: `role="img"`, its text alternative both as `<title>` (its first child)
/// and as `aria-label`, no script, no external reference and no font fetched. White text sits on the masthead's
/// and the statuses' colours, each at least 4.5:1 (``StatusPalette``). Its width comes from the text by
/// ``BadgeWidth``, since an SVG file cannot measure its own text.
struct Badge {
    let assessment: Assessment
    /// The report's title, named in the text alternative: a badge is read away from the site.
    let reportTitle: String
    /// The day the assessment is as of, named in the text alternative: an embedded badge outlives its quarter.
    let asOf: Day

    /// The badge's height and the padding either side of each part's text, in pixels.
    static let height = 20.0, padding = 6.0
    /// The text's size in pixels and the fonts asked for: Verdana where it is installed, else DejaVu Sans, whose
    /// widths ``BadgeWidth`` is checked against.
    static let fontSize = 11.0, fontFamily = "Verdana,DejaVu Sans,sans-serif"

    /// Whether a status has a progress figure worth showing. Not assessed has none (nothing bears on it, so 0% would
    /// be a figure no evidence gave); beside rejected, a figure would read as progress towards what an owner has
    /// formally declined, and the badge has no room to say that it measures the work done before.
    static func showsProgress(_ status: Status) -> Bool {
        status != .notAssessed && status != .rejected
    }

    /// The status part's words: "limited · 38%", "not assessed", "limited · 38% · stale · stalled".
    ///
    /// Every flag the site shows beside the status is carried (stale, stalled, past due): each changes what the
    /// status means to a reader who sees the badge alone (it may be out of date, nothing moves it, a date was missed).
    static func statusText(_ assessment: Assessment) -> String {
        var parts = [assessment.status.label]
        if showsProgress(assessment.status) { parts.append("\(NumberText.format(assessment.progress))%") }
        parts += AssessmentFlag.flags(of: assessment).map(\.rawValue)
        return parts.joined(separator: " · ")
    }

    /// The text alternative, for `<title>` and `aria-label`: "No Good Options, recommendation 6 (R6): limited,
    /// 38% of the way, as of 2 December 2026. Stalled: evidence keeps arriving, …".
    var label: String {
        let a = assessment
        let figure = Badge.showsProgress(a.status) ? ", \(NumberText.format(a.progress))% of the way" : ""
        let flags = AssessmentFlag.flags(of: a).map { " \($0.rawValue.capitalisedFirst): \($0.meaning)" }.joined()
        return "\(reportTitle), recommendation \(a.number) (\(a.recommendation)): \(a.status.label)\(figure), as of \(DateText.long(asOf)).\(flags)"
    }

    /// The id's part and the status's part: each its text's estimated width and the padding either side.
    var parts: (left: Double, right: Double) {
        (BadgeWidth.estimate(assessment.recommendation) + 2 * Badge.padding,
         BadgeWidth.estimate(Badge.statusText(assessment)) + 2 * Badge.padding)
    }

    /// The badge's whole width in pixels.
    var width: Double { parts.left + parts.right }

    /// The SVG file's text.
    func render() -> String {
        // The file is XML read on its own: text is escaped for XML, which also drops what XML 1.0 cannot hold.
        let id = Markup(trusted: XML.escape(assessment.recommendation)), words = Markup(trusted: XML.escape(Badge.statusText(assessment)))
        let label = Markup(trusted: XML.escape(self.label))
        let (left, right) = parts
        let n = SVGNumber.text
        let svg: Markup = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(n(left + right))" height="\(n(Badge.height))" viewBox="0 0 \(n(left + right)) \(n(Badge.height))" role="img" aria-label="\(label)">
        <title>\(label)</title>
        <rect width="\(n(left))" height="\(n(Badge.height))" fill="\(StatusPalette.header)"/>
        <rect x="\(n(left))" width="\(n(right))" height="\(n(Badge.height))" fill="\(StatusPalette.colour(assessment.status))"/>
        <g fill="#ffffff" font-family="\(Badge.fontFamily)" font-size="\(n(Badge.fontSize))" text-anchor="middle">
        <text x="\(n(left / 2))" y="14">\(id)</text>
        <text x="\(n(left + right / 2))" y="14">\(words)</text>
        </g>
        </svg>

        """
        return svg.html
    }
}

/// How wide a badge's text will be, estimated from its characters, since neither the SVG nor the tool can measure
/// it with the font the reader's machine picks.
///
/// Each character counts a width in ems by class, each class at or above the widest of its characters in DejaVu Sans
/// (the font Debian's Chromium draws the badge in, as Verdana is not installed there); then 5% is added for a font a
/// little wider. Text may end a little short of its part's edge, never beyond it: `AccessibilityTests` draws every
/// status, a long id and the shipped badges in Chromium and measures.
enum BadgeWidth {
    /// `i l j f t r I`, spaces and the narrow punctuation: at most 0.41 em (r) in DejaVu Sans.
    static let narrow = 0.45
    /// Other lower-case letters: at most 0.64 em (b d g p q).
    static let lower = 0.65
    /// Other capitals, and digits: at most 0.79 em (O, Q).
    static let upper = 0.8
    /// `m w M W %` and every other character: at most 0.99 em (W) in DejaVu Sans.
    static let wide = 1.1
    /// Room for a font wider than either.
    static let margin = 1.05

    /// The estimated width of `text` at ``Badge/fontSize``, in pixels, rounded up to a whole pixel.
    static func estimate(_ text: String) -> Double {
        let ems = text.unicodeScalars.reduce(0.0) { $0 + width(of: $1) }
        return (ems * Badge.fontSize * margin).rounded(.up)
    }

    /// The width class of one character, in ems.
    static func width(of scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case "m", "w", "M", "W", "%": return wide
        case "i", "l", "j", "f", "t", "r", "I", " ", ".", ",", ":", ";", "-", "'", "!", "|", "·": return narrow
        case "a"..."z": return lower
        case "A"..."Z", "0"..."9": return upper
        // Other symbols run wide (# + = < > ~ are 0.84 em in DejaVu Sans, @ is 1 em); ids and statuses never hold them.
        default: return wide
        }
    }
}
