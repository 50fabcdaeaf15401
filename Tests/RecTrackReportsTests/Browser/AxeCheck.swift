import Foundation

/// A copy of a generated page that runs axe-core's WCAG 2.0 and 2.1 A and AA rules once it has loaded and writes what
/// they found into the DOM, where `--dump-dom` reads it: each rule violated (its id, impact, how many elements and
/// the first few), and the rules whose result a person must judge (`incomplete`, such as contrast of text drawn
/// over an SVG, which axe cannot compute).
enum AxeCheck {
    /// The rule tags run: WCAG 2.1 level AA and everything it includes.
    static let tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

    /// What axe-core found.
    struct Result {
        /// "rule-id (impact, N elements: first targets)" for each rule violated.
        let violations: [String]
        /// "rule-id (N elements)" for each rule axe could not decide.
        let incomplete: [String]
        /// How many rules passed.
        let passed: Int
    }

    /// Writes `NAME-axe.html` beside the page, loading axe-core from `axe` by its file address; returns the copy.
    static func prepare(_ page: URL, axe: URL) throws -> URL {
        var html = try String(contentsOf: page, encoding: .utf8)
        // The page's Content-Security-Policy forbids scripts; the checking copy must run two.
        html = html.replacing(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, with: "")
        html = html.replacingOccurrences(of: "</body>", with: "<script src=\"\(axe.absoluteString)\"></script><script>\(script)</script>\n</body>")
        let copy = page.deletingLastPathComponent().appendingPathComponent(page.deletingPathExtension().lastPathComponent + "-axe.html")
        try Data(html.utf8).write(to: copy)
        return copy
    }

    /// What the script wrote, from the dumped DOM; nil when it did not finish (then `error` may say why).
    static func result(inDOM dom: String) -> Result? {
        guard let passed = attribute("data-axe-passed", in: dom).flatMap(Int.init) else { return nil }
        func list(_ name: String) -> [String] {
            (attribute(name, in: dom) ?? "").components(separatedBy: " ;; ").filter { !$0.isEmpty }
        }
        return Result(violations: list("data-axe-violations"), incomplete: list("data-axe-incomplete"), passed: passed)
    }

    /// The error axe-core reported, if it failed to run.
    static func error(inDOM dom: String) -> String? { attribute("data-axe-error", in: dom) }

    private static func attribute(_ name: String, in dom: String) -> String? {
        guard let start = dom.range(of: "\(name)=\""), let end = dom[start.upperBound...].firstIndex(of: "\"") else { return nil }
        // The DOM is dumped as HTML: the value's characters come back escaped.
        return String(dom[start.upperBound..<end]).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&amp;", with: "&")
    }

    static let script = """
    addEventListener('load', () => {
      const describe = (rule, withImpact) => rule.id + ' (' + (withImpact ? rule.impact + ', ' : '') + rule.nodes.length + ' elements: '
        + rule.nodes.slice(0, 3).map(node => node.target.join(' ')).join(', ') + ')';
      axe.run(document, { runOnly: { type: 'tag', values: \(tags) } }).then(results => {
        document.body.setAttribute('data-axe-violations', results.violations.map(rule => describe(rule, true)).join(' ;; '));
        document.body.setAttribute('data-axe-incomplete', results.incomplete.map(rule => describe(rule, false)).join(' ;; '));
        document.body.setAttribute('data-axe-passed', String(results.passes.length));
      }, error => document.body.setAttribute('data-axe-error', String(error)));
    });
    """
}
