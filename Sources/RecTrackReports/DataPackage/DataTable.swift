/// A foreign key of a table: these columns name a row of another table.
public struct ForeignKey: Sendable, Equatable {
    /// The columns in this table.
    public let columns: [String]
    /// The other table.
    public let table: String
    /// The columns they match there.
    public let referenced: [String]
}

/// What a table of the data package holds: its name, description, columns and keys.
public struct TableSchema: Sendable, Equatable {
    /// The table's name, which is also its file's: `recommendations` is `recommendations.csv`.
    public let name: String
    /// One sentence on what a row is.
    public let description: String
    /// The columns, in file order.
    public let columns: [ColumnSchema]
    /// The columns that together tell rows apart.
    public let primaryKey: [String]
    /// The columns that name rows of other tables.
    public let foreignKeys: [ForeignKey]

    /// The file's name in the package.
    public var fileName: String { "\(name).csv" }
}

/// A table of the data package whose rows are made from `Row`s: its schema, and how the rows are found in the input.
struct DataTable<Row> {
    let name: String
    let description: String
    let primaryKey: [String]
    var foreignKeys: [ForeignKey] = []
    let columns: [DataColumn<Row>]
    let rows: (DataPackageInput) -> [Row]

    /// The table with the row type hidden, so that tables of different rows sit in one list.
    var erased: AnyDataTable {
        AnyDataTable(schema: TableSchema(name: name, description: description, columns: columns.map(\.schema), primaryKey: primaryKey,
                                         foreignKeys: foreignKeys)) { input in
            rows(input).map { row in columns.map { $0.value(row) } }
        }
    }
}

/// A table of the data package: its schema and its cells (nil for an empty cell), row by row in column order.
struct AnyDataTable {
    let schema: TableSchema
    let cells: (DataPackageInput) -> [[String?]]
}

extension ForeignKey {
    /// `columns` name a row of `table` by its `referenced` columns (by default the same names).
    static func to(_ table: String, _ columns: [String], as referenced: [String]? = nil) -> ForeignKey {
        ForeignKey(columns: columns, table: table, referenced: referenced ?? columns)
    }
}
