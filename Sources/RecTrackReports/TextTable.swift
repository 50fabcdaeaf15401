import RecTrackCore

/// Lays out rows in aligned columns for the terminal, fitted to its width when it has one.
public struct TextTable {
    /// How a column aligns.
    public enum Alignment { case left, right }

    /// Column headers.
    public var headers: [String]
    /// Alignment per column.
    public var alignments: [Alignment]
    /// Rows of cells (plain text; `styles` adds colour around a cell after padding).
    public var rows: [[String]] = []
    /// Columns that may be narrowed to fit a width, in the order they give way, each to at most its narrowest;
    /// their text wraps at spaces.
    public var narrowing: [(column: Int, narrowest: Int)] = []
    /// A column that moves beneath its row, wrapped and indented, when the table does not fit a width.
    public var beneath: Int?

    /// Creates a table with headers; columns align left unless told.
    public init(headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    /// Renders the table; `style(row, column, paddedCell)` may wrap a padded cell in colour codes. With a `width`, a
    /// table wider than it first moves the ``beneath`` column under each row, then narrows the ``narrowing`` columns
    /// in turn, wrapping their text; without one every row is one line, however long.
    public func render(width: Int? = nil, style: (Int, Int, String) -> String = { $2 }) -> String {
        // A row is one line (or, fitted to a width, its wrapped lines): a line break inside a cell would start what reads
        // as another row.
        let rows = self.rows.map { $0.map(LineBreaks.joined) }
        // Each cell's width in Characters, measured once: it sets its column's width and then its padding.
        let headerCounts = headers.map(TextTable.characterCount)
        let rowCounts = rows.map { $0.map(TextTable.characterCount) }
        var widths = headerCounts
        for counts in rowCounts {
            for (i, count) in counts.enumerated() where i < widths.count { widths[i] = max(widths[i], count) }
        }
        func total(_ columns: [Int]) -> Int { columns.map { widths[$0] }.reduce(0, +) + 2 * max(0, columns.count - 1) }
        var shown = Array(headers.indices)
        var under: Int?
        if let width, total(shown) > width {
            if let beneath, beneath < headers.count {
                under = beneath
                shown.removeAll { $0 == beneath }
            }
            for (column, narrowest) in narrowing where shown.contains(column) && total(shown) > width {
                widths[column] = max(min(widths[column], narrowest), widths[column] - (total(shown) - width))
            }
        }
        let blanks = String(repeating: " ", count: widths.max() ?? 0)
        func lines(_ cells: [String], counts: [Int], row: Int?) -> [String] {
            let wrapped = shown.map { i -> [(text: String, count: Int)] in
                guard i < cells.count else { return [("", 0)] }
                guard widths[i] < counts[i] else { return [(cells[i], counts[i])] }
                return TextTable.wrap(cells[i], to: widths[i]).map { ($0, TextTable.characterCount($0)) }
            }
            return (0..<wrapped.reduce(1) { max($0, $1.count) }).map { lineIndex in
                var line = ""
                for (position, (i, parts)) in zip(shown, wrapped).enumerated() {
                    if position > 0 { line += "  " }
                    let (cell, count) = lineIndex < parts.count ? parts[lineIndex] : ("", 0)
                    let pad = Substring(blanks.utf8.prefix(max(0, widths[i] - count)))
                    var padded = ""
                    padded.reserveCapacity(cell.utf8.count + pad.utf8.count)
                    if alignments[i] == .right { padded += pad }
                    padded += cell
                    if alignments[i] != .right { padded += pad }
                    line += row.map { style($0, i, padded) } ?? padded
                }
                return line.trimmingTrailingSpaces
            }
        }
        var out = lines(headers.enumerated().map { under == $0.offset ? "" : $0.element },
                        counts: headerCounts.enumerated().map { under == $0.offset ? 0 : $0.element }, row: nil)
        out.append(shown.map { String(repeating: "-", count: widths[$0]) }.joined(separator: "  "))
        // Text moved beneath a row starts under the second column, so the first (a number) stays alone at the left.
        let indent = String(repeating: " ", count: shown.count > 1 ? widths[shown[0]] + 2 : 2)
        for (index, row) in rows.enumerated() {
            out += lines(row, counts: rowCounts[index], row: index)
            if let under, let width, under < row.count, !row[under].isEmpty {
                out += TextWrap.lines(row[under], width: width, indent: indent)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The number of Characters in `text`, counted by its bytes when each is one Character: counting Characters
    /// otherwise walks the text by grapheme rules, for every cell.
    static func characterCount(_ text: String) -> Int {
        text.isOneByteCharacters ? text.utf8.count : text.count
    }

    /// `text` in lines of at most `width` characters, broken at spaces, and within a word longer than a line.
    private static func wrap(_ text: String, to width: Int) -> [String] {
        TextWrap.lines(text, width: width).flatMap { line -> [String] in
            guard line.count > width else { return [line] }
            return stride(from: 0, to: line.count, by: width).map { String(line.dropFirst($0).prefix(width)) }
        }
    }
}
