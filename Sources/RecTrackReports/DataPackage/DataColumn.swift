import RecTrackCore

/// The Table Schema type of a column of the data package.
public enum DataType: String, Sendable, CaseIterable {
    case string, integer, number, boolean, date
}

/// What a column of the data package holds: its name, type, description and constraints. The CSV writer, the
/// `datapackage.json` and `docs/data-package.md` are all made from these.
public struct ColumnSchema: Sendable, Equatable {
    /// The header, in snake_case.
    public let name: String
    /// The Table Schema type.
    public let type: DataType
    /// What it holds, for a person.
    public let description: String
    /// True when every row has a value.
    public let required: Bool
    /// The only values it may hold, when it is a closed set.
    public let values: [String]?
}

/// A column of a table whose rows are `Row`s: its schema and how its cell is read from a row. A column is made by one of
/// the typed constructors, so a cell can only be text of the column's own type.
struct DataColumn<Row> {
    let schema: ColumnSchema
    /// The cell's text before CSV escaping; nil for an empty cell.
    let value: (Row) -> String?

    /// A text column (the spreadsheet guard applies to it).
    static func text(_ name: String, _ description: String, required: Bool = true, oneOf values: [String]? = nil,
                     _ value: @escaping (Row) -> String?) -> DataColumn {
        DataColumn(schema: ColumnSchema(name: name, type: .string, description: description, required: required, values: values), value: value)
    }

    /// A text column holding one of a closed set of values, such as a status.
    static func choice<Value: RawRepresentable & CaseIterable>(_ name: String, _ description: String, of _: Value.Type, required: Bool = true,
                                                              _ value: @escaping (Row) -> Value?) -> DataColumn where Value.RawValue == String {
        text(name, description, required: required, oneOf: Value.allCases.map(\.rawValue)) { value($0)?.rawValue }
    }

    /// A list of ids or words in one text cell, separated by `; `.
    static func list(_ name: String, _ description: String, _ value: @escaping (Row) -> [String]) -> DataColumn {
        text(name, description + " Several are separated by \"; \".", required: false) { row in
            let items = value(row)
            return items.isEmpty ? nil : items.joined(separator: "; ")
        }
    }

    /// A whole-number column.
    static func integer(_ name: String, _ description: String, required: Bool = true, _ value: @escaping (Row) -> Int?) -> DataColumn {
        DataColumn(schema: ColumnSchema(name: name, type: .integer, description: description, required: required, values: nil)) { value($0).map(String.init) }
    }

    /// A decimal column, written exactly (not rounded for display): `57.4`, `-2.5`, `10`.
    static func number(_ name: String, _ description: String, required: Bool = true, _ value: @escaping (Row) -> Double?) -> DataColumn {
        DataColumn(schema: ColumnSchema(name: name, type: .number, description: description, required: required, values: nil)) { row in
            value(row).map(DataColumn.numberText)
        }
    }

    /// A `true`/`false` column.
    static func boolean(_ name: String, _ description: String, _ value: @escaping (Row) -> Bool) -> DataColumn {
        DataColumn(schema: ColumnSchema(name: name, type: .boolean, description: description, required: true, values: nil)) { value($0) ? "true" : "false" }
    }

    /// A date column, `YYYY-MM-DD`.
    static func date(_ name: String, _ description: String, required: Bool = true, _ value: @escaping (Row) -> Day?) -> DataColumn {
        DataColumn(schema: ColumnSchema(name: name, type: .date, description: description, required: required, values: nil)) { value($0)?.description }
    }

    /// A date as precise as its source: `2019-07-22`, `2019-07` or `2019` (text, as no one type holds all three).
    static func factDate(_ name: String, _ description: String, required: Bool = true, _ value: @escaping (Row) -> FactDate?) -> DataColumn {
        text(name, description + " Written as precisely as the source allows: YYYY-MM-DD, YYYY-MM or YYYY.", required: required) { value($0)?.description }
    }

    /// A number as a spreadsheet reads it: whole numbers without a fraction, others in the shortest exact form.
    static func numberText(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
