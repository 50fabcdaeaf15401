import Foundation
import RecTrackCore
@testable import RecTrackReports
import RecTrackTestSupport
import Testing

/// The data package's tables (#21): one description of each drives the CSV, datapackage.json and the docs.
@Suite("Data package tables")
struct DataPackageTests {
    /// The hostile fixture assessed as of the tests' fixed today, as the package's input.
    static func hostileInput() throws -> DataPackageInput {
        let tracker = try HostileFixture.loaded()
        let data = Evaluator(tracker: tracker).evaluate(asOf: FixedToday.day, knownAt: nil, comparedWith: Evaluator.defaultComparison(for: FixedToday.day))
        return DataPackageInput(current: data, published: [])
    }

    @Test("every column of every table is documented, and every key names columns and tables that exist")
    func everyColumnDocumented() throws {
        let schemas = DataPackageRenderer.schemas
        let reference = DataPackageReference.markdown()
        #expect(Set(schemas.map(\.name)).count == schemas.count)
        let byName = Dictionary(uniqueKeysWithValues: schemas.map { ($0.name, $0) })
        for schema in schemas {
            #expect(schema.description.hasSuffix("."), "\(schema.name)")
            #expect(reference.contains("\n## \(schema.name)\n"), "\(schema.name) has no section in docs/data-package.md")
            #expect(Set(schema.columns.map(\.name)).count == schema.columns.count, "\(schema.name) repeats a column")
            for column in schema.columns {
                #expect(column.name.allSatisfy { $0.isLowercase || $0 == "_" }, "\(schema.name).\(column.name) is not snake_case")
                #expect(column.description.count > 10 && column.description.hasSuffix("."), "\(schema.name).\(column.name): '\(column.description)'")
                #expect(reference.contains("| `\(column.name)` | \(column.type.rawValue) |"), "\(schema.name).\(column.name) is not in the docs")
            }
            let names = Set(schema.columns.map(\.name))
            #expect(!schema.primaryKey.isEmpty && names.isSuperset(of: schema.primaryKey), "\(schema.name)'s primary key")
            for column in schema.primaryKey {
                #expect(schema.columns.first { $0.name == column }?.required == true, "\(schema.name).\(column) is in the key but may be empty")
            }
            for key in schema.foreignKeys {
                #expect(names.isSuperset(of: key.columns), "\(schema.name) → \(key.table)")
                let other = try #require(byName[key.table], "\(schema.name) refers to a table the package lacks: \(key.table)")
                #expect(other.primaryKey == key.referenced, "\(schema.name) → \(key.table) is not by its primary key")
            }
        }
    }

    @Test("every cell holds a value of its column's type, every required cell is filled, and a closed set holds only its values")
    func cellsMatchTheirTypes() throws {
        let input = try Self.hostileInput()
        for table in DataTables.all {
            let rows = table.cells(input)
            for (index, row) in rows.enumerated() {
                #expect(row.count == table.schema.columns.count)
                for (column, cell) in zip(table.schema.columns, row) {
                    let place = "\(table.schema.name) row \(index + 1) \(column.name)"
                    guard let cell else {
                        #expect(!column.required, "\(place) is required but empty")
                        continue
                    }
                    #expect(!cell.isEmpty, "\(place): an empty text would read back as no value")
                    switch column.type {
                    case .integer: #expect(Int(cell) != nil, "\(place): \(cell)")
                    case .number: #expect(Double(cell) != nil && !cell.contains(","), "\(place): \(cell)")
                    case .boolean: #expect(cell == "true" || cell == "false", "\(place): \(cell)")
                    case .date: #expect(Day(cell) != nil, "\(place): \(cell)")
                    case .string: if let values = column.values { #expect(values.contains(cell), "\(place): \(cell)") }
                    }
                }
            }
        }
    }

    @Test("a header row and CRLF line ends even when a table is empty")
    func emptyTable() throws {
        let input = try Self.hostileInput()
        let replies = try #require(DataPackageRenderer(input).render().first { $0.path == "milestone_states.csv" })
        #expect(replies.contents.hasPrefix("assessment,report,recommendation,milestone,state,credit,met_by,deadline\r\n"))
        let schema = try #require(DataPackageRenderer.schemas.first { $0.name == "replies" })
        #expect(DataPackageRenderer.csv(schema, []) == "reply,report,recommendation,owner,date,status,says,cites,channel,url,lapses,recorded\r\n")
    }

    @Test("the hostile fixture's text comes back from its CSV as it was loaded: titles, summaries, notes and replies")
    func hostileFixtureRoundTrip() throws {
        let input = try Self.hostileInput()
        let files = Dictionary(uniqueKeysWithValues: DataPackageRenderer(input).render().map { ($0.path, $0.contents) })
        func table(_ name: String) throws -> [[String: String]] {
            let text = try #require(files[name])
            let records = try #require(CSVParser.records(text), "\(name) is not RFC 4180")
            let header = records[0]
            return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0.map { $0.hasPrefix("'") ? String($0.dropFirst()) : $0 })) }
        }
        let evidence = try table("evidence.csv")
        #expect(evidence.count == input.evidence.count && !evidence.isEmpty)
        for (row, item) in zip(evidence, input.evidence) {
            #expect(row["evidence"] == item.id && row["title"] == item.title && row["summary"] == item.summary && row["publisher"] == item.publisher)
        }
        let bearings = try table("bearings.csv")
        #expect(bearings.map { $0["note"] ?? "" } == input.evidence.flatMap { $0.bearings.map { $0.note ?? "" } })
        let recommendations = try table("recommendations.csv")
        #expect(recommendations.map { $0["title"] } == input.tracker.recommendations.map(\.title))
        let replies = try table("replies.csv")
        #expect(!replies.isEmpty && replies.map { $0["says"] } == input.replies.map(\.says))
        // What the fixture holds to break things reaches the CSV, so the comparisons above are not of plain text.
        #expect(input.tracker.recommendations.contains { $0.title.contains("\"") } && input.replies.contains { $0.says.contains("<script") })
    }

    @Test("hostile text round-trips: the CSV parsed back, with the guard's apostrophe dropped, equals the value; numbers stay numbers")
    func hostileRoundTrip() throws {
        let schema = TableSchema(name: "t", description: "A test table.", columns: [
            ColumnSchema(name: "text", type: .string, description: "Any text.", required: false, values: nil),
            ColumnSchema(name: "value", type: .number, description: "A number.", required: true, values: nil),
        ], primaryKey: ["value"], foreignKeys: [])
        let pieces = ["=SUM(A1)", "+1", "-1", "@cmd", "'", "''", "\"", ",", "\n", "\r\n", "\r", "\t", " ", "a", "é", "中文", "😀",
                      "-2+3", "=", "\u{2028}", ";", "'=x", "-", "1e5", "0x1", "-inf", "+nan", "-0x1p3", "1.", ".5", "2.5"]
        var random = XorShiftRandom(seed: 21)
        for round in 0..<500 {
            let texts = (0..<3).map { _ in (0..<Int.random(in: 1...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined() }
            let values = (0..<3).map { _ in Double(Int.random(in: -100_000...100_000, using: &random)) / 100 }
            let csv = DataPackageRenderer.csv(schema, zip(texts, values).map { [$0, DataColumn<Int>.numberText($1)] })
            let records = try #require(CSVParser.records(csv), "round \(round): not RFC 4180: \(csv.debugDescription)")
            #expect(records.count == 4, "round \(round): \(csv.debugDescription)")
            #expect(records.first == ["text", "value"])
            for (record, (text, value)) in zip(records.dropFirst(), zip(texts, values)) {
                let cell = record[0]
                let unguarded = cell.hasPrefix("'") ? String(cell.dropFirst()) : cell
                #expect(unguarded == text, "round \(round): \(text.debugDescription) came back as \(cell.debugDescription)")
                if let first = cell.unicodeScalars.first { #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first) || CSV.isPlainNumber(cell),
                                                                    "round \(round): \(cell.debugDescription) would run as a formula") }
                #expect(Double(record[1]) == value, "round \(round): \(record[1]) is not \(value)")
            }
        }
    }
}

/// A strict RFC 4180 reader for the tests: CRLF between records, quotes doubled inside quoted fields.
enum CSVParser {
    /// The records, or nil when the text breaks RFC 4180 (a bare CR or LF outside quotes, a quote inside an unquoted field).
    static func records(_ text: String) -> [[String]]? {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false, wasQuoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty, !wasQuoted else { return nil }
                quoted = true
                wasQuoted = true
            case ",":
                record.append(field); field = ""; wasQuoted = false
            case "\r":
                guard scalars.popFirst() == "\n" else { return nil }
                record.append(field); records.append(record)
                record = []; field = ""; wasQuoted = false
            case "\n":
                return nil
            default:
                guard !wasQuoted else { return nil }
                field.unicodeScalars.append(scalar)
            }
        }
        guard !quoted, field.isEmpty, record.isEmpty else { return nil }
        return records
    }
}
