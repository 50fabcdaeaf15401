import RecTrackCore

/// The data package: one CSV file per table (UTF-8, RFC 4180, a header row even when a table is empty) and a
/// Frictionless `datapackage.json` describing each with a Table Schema. The same input gives the same bytes.
public struct DataPackageRenderer {
    /// What the tables are made from.
    public let input: DataPackageInput

    /// The name of the package's descriptor file.
    public static let descriptorName = "datapackage.json"

    /// What every text cell's apostrophe means, said once in the package and in the docs.
    public static let guardNote = "A text cell that begins with =, +, -, @, a tab, a carriage return or an apostrophe has one apostrophe put before it, so that no spreadsheet runs it as a formula; drop one leading apostrophe from a text cell to get the value back. Numbers, dates and true/false cells are written as they are."

    /// Creates a renderer.
    public init(_ input: DataPackageInput) { self.input = input }

    /// The schema of every table, in package order: what the docs and the tests read.
    public static var schemas: [TableSchema] { DataTables.all.map(\.schema) }

    /// Every file of the package, with paths relative to its folder, sorted by path.
    public func render() -> [SiteFile] {
        var files = DataTables.all.map { table in
            SiteFile(path: table.schema.fileName, contents: DataPackageRenderer.csv(table.schema, table.cells(input)))
        }
        files.append(SiteFile(path: DataPackageRenderer.descriptorName, contents: descriptor()))
        return files.sorted { $0.path < $1.path }
    }

    /// A table's CSV text: the header, then one record per row; text cells guarded, typed cells written as they are.
    static func csv(_ schema: TableSchema, _ rows: [[String?]]) -> String {
        var out = CSV.record(schema.columns.map { CSV.field($0.name) })
        for row in rows {
            out += CSV.record(zip(schema.columns, row).map { column, value in
                guard let value else { return "" }
                return column.type == .string ? CSV.cell(value) : CSV.field(value)
            })
        }
        return out
    }

    /// `datapackage.json`: the package, each table as a tabular data resource with its Table Schema.
    func descriptor() -> String {
        let report = input.tracker.report
        let moment = "as of \(input.current.asOf)" + (input.current.knownAt.map { ", using only what was recorded by \($0)" } ?? "")
        let package: JSONTree = [
            "profile": "tabular-data-package",
            "name": .string("rectrack-" + report.id.lowercased()),
            "title": .string("\(report.title): the recommendations and the evidence of progress on them"),
            "description": .string("The recommendations of \(report.title) (\(report.publisher), \(report.date)), their owners and assessment milestones, the evidence recorded \(moment), each quarter's published assessment and the assessment \(moment), and the owners' replies. Written by rectrack export. \(DataPackageRenderer.guardNote)"),
            "resources": .array(DataPackageRenderer.schemas.map(DataPackageRenderer.resource)),
        ]
        return JSONOutput.encode(package)
    }

    /// One table as a tabular data resource.
    static func resource(_ schema: TableSchema) -> JSONTree {
        var tableSchema: [String: JSONTree] = [
            "fields": .array(schema.columns.map(field)),
            "missingValues": [""],
            "primaryKey": .array(schema.primaryKey.map(JSONTree.string)),
        ]
        if !schema.foreignKeys.isEmpty {
            tableSchema["foreignKeys"] = .array(schema.foreignKeys.map { key in
                ["fields": .array(key.columns.map(JSONTree.string)),
                 "reference": ["resource": .string(key.table), "fields": .array(key.referenced.map(JSONTree.string))]]
            })
        }
        return [
            "name": .string(schema.name),
            "path": .string(schema.fileName),
            "profile": "tabular-data-resource",
            "description": .string(schema.description),
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": ["delimiter": ",", "lineTerminator": "\r\n", "quoteChar": "\"", "doubleQuote": true, "header": true],
            "schema": .object(tableSchema),
        ]
    }

    private static func field(_ column: ColumnSchema) -> JSONTree {
        var constraints: [String: JSONTree] = [:]
        if column.required { constraints["required"] = true }
        if let values = column.values { constraints["enum"] = .array(values.map(JSONTree.string)) }
        var field: [String: JSONTree] = ["name": .string(column.name), "type": .string(column.type.rawValue), "description": .string(column.description)]
        if !constraints.isEmpty { field["constraints"] = .object(constraints) }
        return .object(field)
    }
}
