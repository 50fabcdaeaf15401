import Foundation

/// A page laid out as it prints, so a script can measure it: Chromium's command line cannot switch a page to
/// print media, so a copy of the page gets a copy of the stylesheet whose print rules apply on screen (and
/// whose screen rules never do), in a window as wide as an A4 page's text (184 mm at 96 px an inch).
///
/// The copy's script finds every pair of text boxes (each line of each text node, and each SVG) that overlap
/// and writes how many, and which, into the DOM, where `--dump-dom` reads them.
enum PrintLayout {
    /// The width of an A4 page less the pack's 13 mm side margins, in CSS pixels.
    static let width = 695

    /// Writes `NAME-print-layout.html` and `style-print-layout.css` beside the page; returns the copy.
    static func prepare(_ page: URL) throws -> URL {
        let folder = page.deletingLastPathComponent()
        let stylesheet = try String(contentsOf: folder.appendingPathComponent("style.css"), encoding: .utf8)
        try Data(printRulesOnScreen(stylesheet).utf8).write(to: folder.appendingPathComponent("style-print-layout.css"))
        var html = try String(contentsOf: page, encoding: .utf8)
        // The page's Content-Security-Policy forbids scripts; the measuring copy must run one.
        html = html.replacing(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, with: "")
        html = html.replacingOccurrences(of: "href=\"style.css\"", with: "href=\"style-print-layout.css\"")
        html = html.replacingOccurrences(of: "</body>", with: "<script>\(script)</script>\n</body>")
        let copy = folder.appendingPathComponent(page.deletingPathExtension().lastPathComponent + "-print-layout.html")
        try Data(html.utf8).write(to: copy)
        return copy
    }

    /// `@media print` rules made to apply on screen, and `@media screen` ones made never to.
    static func printRulesOnScreen(_ css: String) -> String {
        css.replacingOccurrences(of: "@media screen", with: "@media SCREEN-RULE")
            .replacingOccurrences(of: "@media print", with: "@media all")
            .replacingOccurrences(of: "@media SCREEN-RULE", with: "@media print")
    }

    /// The overlaps the script found, from the dumped DOM: nil when the script did not run.
    static func overlaps(inDOM dom: String) -> (count: Int, boxes: Int, examples: String)? {
        guard let count = attribute("data-overlap-count", in: dom).flatMap(Int.init),
              let boxes = attribute("data-box-count", in: dom).flatMap(Int.init) else { return nil }
        return (count, boxes, attribute("data-overlaps", in: dom) ?? "")
    }

    private static func attribute(_ name: String, in dom: String) -> String? {
        guard let start = dom.range(of: "\(name)=\"") else { return nil }
        guard let end = dom[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(dom[start.upperBound..<end])
    }

    /// Two boxes overlap when they share more than 1 px across and 3 px down: lines of one paragraph touch by
    /// a pixel or two where a glyph's box is taller than the line, which is not text over text.
    static let script = """
    addEventListener('load', () => {
      const boxes = [];
      let owner = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent.trim();
        if (!text || node.parentElement.closest('svg, script')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (r.width > 0.5 && r.height > 0.5) boxes.push({ r, owner, text: text.slice(0, 40) });
        }
        owner++;
      }
      for (const svg of document.querySelectorAll('body svg')) {
        const r = svg.getBoundingClientRect();
        if (r.width > 0.5 && r.height > 0.5) boxes.push({ r, owner: owner++, text: 'svg.' + (svg.getAttribute('class') || '') });
      }
      const found = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i], b = boxes[j];
          if (a.owner === b.owner) continue;
          const across = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const down = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (across > 1 && down > 3) found.push(a.text + ' OVER ' + b.text);
        }
      }
      document.body.setAttribute('data-box-count', String(boxes.length));
      document.body.setAttribute('data-overlap-count', String(found.length));
      document.body.setAttribute('data-overlaps', found.slice(0, 12).join(' | ').replace(/"/g, "'"));
    });
    """
}
