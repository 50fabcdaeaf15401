import Foundation

/// A copy of a generated page with a script that measures its layout and writes what it found into the DOM,
/// where `--dump-dom` reads it: every pair of text boxes (each line of each text node, and each SVG) that
/// overlap, and anything wider than the window (the page itself, or a table that needs a scrollbar).
///
/// For `.print` the page is laid out as it prints: Chromium's command line cannot switch a page to print
/// media, so the copy gets a copy of the stylesheet whose print rules apply on screen (and whose screen
/// rules never do), to be shown in a window as wide as an A4 page's text (184 mm at 96 px an inch).
enum PageMeasure {
    /// The width of an A4 page less the pack's 13 mm side margins, in CSS pixels.
    static let printWidth = 695

    /// Which of the stylesheet's rules the copy uses.
    enum Media: String {
        case screen, print
    }

    /// What the script found.
    struct Result {
        /// How many text boxes it measured.
        let boxes: Int
        /// How many pairs overlap, and the first few of them.
        let overlaps: Int
        let overlapExamples: String
        /// What is wider than the window, e.g. "page 1180>820" or "table-wrap 1180>772"; empty when nothing is.
        let overflow: String
    }

    /// Writes `NAME-MEDIA-measure.html` (and, for print, `style-print-measure.css`) beside the page; returns the copy.
    static func prepare(_ page: URL, media: Media) throws -> URL {
        let folder = page.deletingLastPathComponent()
        var html = try String(contentsOf: page, encoding: .utf8)
        if media == .print {
            let stylesheet = try String(contentsOf: folder.appendingPathComponent("style.css"), encoding: .utf8)
            try Data(printRulesOnScreen(stylesheet).utf8).write(to: folder.appendingPathComponent("style-print-measure.css"))
            html = html.replacingOccurrences(of: "style.css\"", with: "style-print-measure.css\"")
        }
        // The page's Content-Security-Policy forbids scripts; the measuring copy must run one.
        html = html.replacing(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, with: "")
        html = html.replacingOccurrences(of: "</body>", with: "<script>\(script)</script>\n</body>")
        let copy = folder.appendingPathComponent(page.deletingPathExtension().lastPathComponent + "-\(media.rawValue)-measure.html")
        try Data(html.utf8).write(to: copy)
        return copy
    }

    /// `@media print` rules made to apply on screen, and `@media screen` ones made never to.
    static func printRulesOnScreen(_ css: String) -> String {
        css.replacingOccurrences(of: "@media screen", with: "@media SCREEN-RULE")
            .replacingOccurrences(of: "@media print", with: "@media all")
            .replacingOccurrences(of: "@media SCREEN-RULE", with: "@media print")
    }

    /// What the script found, from the dumped DOM: nil when the script did not run.
    static func result(inDOM dom: String) -> Result? {
        guard let overlaps = attribute("data-overlap-count", in: dom).flatMap(Int.init),
              let boxes = attribute("data-box-count", in: dom).flatMap(Int.init) else { return nil }
        return Result(boxes: boxes, overlaps: overlaps, overlapExamples: attribute("data-overlaps", in: dom) ?? "",
                      overflow: attribute("data-overflow", in: dom) ?? "")
    }

    private static func attribute(_ name: String, in dom: String) -> String? {
        guard let start = dom.range(of: "\(name)=\"") else { return nil }
        guard let end = dom[start.upperBound...].firstIndex(of: "\"") else { return nil }
        // The DOM is dumped as HTML: the value's characters come back escaped.
        return String(dom[start.upperBound..<end]).replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Two boxes overlap when they share more than 1 px across and 3 px down: lines of one paragraph touch by
    /// a pixel or two where a glyph's box is taller than the line, which is not text over text.
    static let script = """
    addEventListener('load', () => {
      // What of a box is seen: its part inside every ancestor that clips (overflow other than visible), so
      // text hidden for the eye but kept for screen readers (a 1 px clipped table header) is not counted.
      const seen = (r, element) => {
        let left = r.left, top = r.top, right = r.right, bottom = r.bottom;
        for (let e = element; e && e !== document.documentElement; e = e.parentElement) {
          const style = getComputedStyle(e);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const c = e.getBoundingClientRect();
          left = Math.max(left, c.left); top = Math.max(top, c.top);
          right = Math.min(right, c.right); bottom = Math.min(bottom, c.bottom);
        }
        return { left, top, right, bottom, width: right - left, height: bottom - top };
      };
      const boxes = [];
      let owner = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent.trim();
        if (!text || node.parentElement.closest('svg, script')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          const r = seen(rect, node.parentElement);
          if (r.width > 0.5 && r.height > 0.5) boxes.push({ r, owner, text: text.slice(0, 40) });
        }
        owner++;
      }
      for (const svg of document.querySelectorAll('body svg')) {
        const r = seen(svg.getBoundingClientRect(), svg.parentElement);
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
      const overflow = [];
      const page = document.documentElement;
      if (page.scrollWidth > innerWidth) overflow.push('page ' + page.scrollWidth + '>' + innerWidth);
      for (const wrap of document.querySelectorAll('.table-wrap')) {
        if (wrap.scrollWidth > wrap.clientWidth + 1) overflow.push('table-wrap ' + wrap.scrollWidth + '>' + wrap.clientWidth);
      }
      document.body.setAttribute('data-overflow', overflow.join(' | '));
      document.body.setAttribute('data-box-count', String(boxes.length));
      document.body.setAttribute('data-overlap-count', String(found.length));
      document.body.setAttribute('data-overlaps', found.slice(0, 12).join(' | ').replace(/"/g, "'"));
    });
    """
}
