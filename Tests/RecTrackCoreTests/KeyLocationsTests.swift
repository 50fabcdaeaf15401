@testable import RecTrackCore
import Testing

private typealias SourceLocation = RecTrackCore.SourceLocation

/// Every evidence file keeps where its keys are, packed to save memory: what is looked up must be what was written.
@Suite struct KeyLocationsTests {
    @Test func findsEveryKeyWhereItWasWritten() {
        let entries: [(key: String, location: SourceLocation)] = [
            ("id", SourceLocation(line: 1, column: 1)), ("supersedes", SourceLocation(line: 12, column: 3)),
            ("a-key-no-format-defines", SourceLocation(line: 14, column: 1)), ("recorded", SourceLocation(line: 20, column: 1)),
        ]
        let locations = KeyLocations(entries)
        for (key, location) in entries { #expect(locations[key] == location, "\(key)") }
        #expect(locations["title"] == nil)
        #expect(locations[""] == nil)
        #expect(KeyLocations()["id"] == nil)
    }

    @Test func firstOfARepeatedKeyWins() {
        let locations = KeyLocations([("id", SourceLocation(line: 2, column: 1)), ("id", SourceLocation(line: 9, column: 1)),
                                      ("odd", SourceLocation(line: 3, column: 1)), ("odd", SourceLocation(line: 4, column: 1))])
        #expect(locations["id"] == SourceLocation(line: 2, column: 1))
        #expect(locations["odd"] == SourceLocation(line: 3, column: 1))
    }

    @Test(arguments: [0, 1, (1 << 28) - 1, 1 << 28, Int(Int32.max), Int.max])
    func placesOfAnySizeComeBackWhole(_ number: Int) {
        let location = SourceLocation(line: number, column: number)
        let locations = KeyLocations([("date", location), ("kind", SourceLocation(line: 3, column: number))])
        #expect(locations["date"] == location)
        #expect(locations["kind"] == SourceLocation(line: 3, column: number))
    }
}

extension KeyLocationsTests {
    @Test func everyKnownKeyIsFoundAndNothingElse() {
        for (index, name) in KnownKeys.names.enumerated() {
            #expect(KnownKeys.index(of: name) == index, "\(name)")
            #expect(KnownKeys.index(of: name + "s") == nil || KnownKeys.names.contains(name + "s"), "\(name)s")
            #expect(KnownKeys.index(of: name.uppercased()) == nil, "\(name)")
        }
        #expect(Set(KnownKeys.names).count == KnownKeys.names.count)
        #expect(KnownKeys.names.count <= 256)
        for other in ["", "i", "dat", "dote", "bears_on", "ïd", "recorded ", "note\u{0}"] { #expect(KnownKeys.index(of: other) == nil, "\(other)") }
    }
}

extension KeyLocationsTests {
    @Test func evidenceAndBearingKeysLeadInTheirTablesOrder() {
        let evidence = EvidenceFields.keys.keys.map(\.name), bearing = BearingFields.keys.keys.map(\.name)
        #expect(Array(KnownKeys.names.prefix(evidence.count)) == evidence)
        #expect(Array(KnownKeys.names.dropFirst(KnownKeys.bearingStart).prefix(bearing.count)) == bearing)
        // The fast reader marks the keys it has seen in one 64-bit word.
        #expect(evidence.count <= 64 && bearing.count <= 64)
    }

    @Test func keysInAnyOrderAreFound() {
        let written: [(key: String, location: SourceLocation)] = [
            ("recorded", SourceLocation(line: 9, column: 1)), ("id", SourceLocation(line: 1, column: 1)), ("kind", SourceLocation(line: 4, column: 1)),
            ("date", SourceLocation(line: 2, column: 1)), ("odd", SourceLocation(line: 3, column: 1)), ("title", SourceLocation(line: 5, column: 1)),
        ]
        let locations = KeyLocations(written)
        for (key, location) in written { #expect(locations[key] == location, "\(key)") }
    }
}
