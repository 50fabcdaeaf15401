/// Lays out rows in aligned columns for the terminal.
public struct TextTable {
    /// How a column aligns.
    public enum Alignment { case left, right }

    /// Column headers.
    public var headers: [String]
    /// Alignment per column.
    public var alignments: [Alignment]
    /// Rows of cells (plain text; `styles` adds colour around a cell after padding).
    public var rows: [[String]] = []

    /// Creates a table with headers; columns align left unless told.
    public init(headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    /// Renders the table; `style(row, column, paddedCell)` may wrap a padded cell in colour codes.
    public func render(style: (Int, Int, String) -> String = { $2 }) -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String], row: Int?) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: max(0, widths[i] - cell.count))
                let padded = alignments[i] == .right ? pad + cell : cell + pad
                return row.map { style($0, i, padded) } ?? padded
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        var out = [line(headers, row: nil), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        for (index, row) in rows.enumerated() { out.append(line(row, row: index)) }
        return out.joined(separator: "\n") + "\n"
    }
}
