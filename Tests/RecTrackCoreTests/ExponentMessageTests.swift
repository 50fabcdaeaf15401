import RecTrackCore
import Testing

/// A number written with an exponent (`1e3`) is refused, and the message offers it written out only when the field
/// would take what it offers: never a number too large, not positive where one must be, or not whole where one must be.
@Suite("The message for a number written with an exponent")
struct ExponentMessageTests {
    typealias Reader = @Sendable (YAMLNode, String, DiagnosticSink) -> Any?

    static let readers: [(name: String, read: Reader)] = [
        ("number", { ValueReader.number($0, $1, $2) }),
        ("positive number", { ValueReader.positiveNumber($0, $1, $2) }),
        ("whole number", { ValueReader.integer($0, $1, $2) }),
    ]

    static let written = ["1e3", "1.38e1", "2.5E-2", "-4e2", "1e15", "1e16", "1e20", "-1e20", "1.5e0", "1e-1", "0e0", "-0e0", "1e18", "1e19"]

    /// The messages `text` gives when `read` reads it under `value`.
    private func messages(_ text: String, _ read: Reader) -> [String] {
        let sink = DiagnosticSink(path: "Evidence/2020/x.yaml")
        _ = read(YAMLNode(.scalar(text, plain: true), at: SourceLocation(line: 1, column: 8)), "value", sink)
        return sink.diagnostics.map(\.message)
    }

    @Test("every number the message offers is one the same field takes; when it would not, the message says why and offers nothing",
          arguments: readers.indices)
    func offersOnlyWhatTheFieldTakes(_ index: Int) throws {
        let (name, read) = Self.readers[index]
        var offered = 0, refused = 0
        for text in Self.written {
            let found = messages(text, read)
            let message = try #require(found.first, "\(name): \(text) was accepted")
            #expect(found.count == 1 && message.hasPrefix("'value' is written with an exponent ('\(text)'), which is not accepted"), "\(name): \(found)")
            if let range = message.range(of: ": write ") {
                offered += 1
                let suggestion = String(message[range.upperBound...])
                #expect(messages(suggestion, read).isEmpty, "\(name): \(text) offers \(suggestion), which is refused: \(messages(suggestion, read))")
            } else {
                refused += 1
                #expect(message.contains("; written out it is "), "\(name): \(message)")
            }
        }
        // Both kinds of message are reached for every field, so neither half of the test is empty.
        #expect(offered > 0 && refused > 0, "\(name): \(offered) offered, \(refused) refused")
    }

    @Test("the messages in full", arguments: [
        (0, "1e3", "'value' is written with an exponent ('1e3'), which is not accepted: write 1000"),
        (0, "1e20", "'value' is written with an exponent ('1e20'), which is not accepted; written out it is 100000000000000000000, which is too large: numbers may be at most 1,000,000,000,000,000 in size"),
        (1, "-4e2", "'value' is written with an exponent ('-4e2'), which is not accepted; written out it is -400, which is not greater than 0, as 'value' must be"),
        (2, "1.5e0", "'value' is written with an exponent ('1.5e0'), which is not accepted; written out it is 1.5, which is not a whole number"),
        (2, "1e19", "'value' is written with an exponent ('1e19'), which is not accepted; written out it is 10000000000000000000, which is too large for a whole number"),
        (2, "1e1", "'value' is written with an exponent ('1e1'), which is not accepted: write 10"),
        (2, "ten", "'value' must be a whole number, found 'ten'"),
    ])
    func inFull(_ index: Int, _ text: String, _ expected: String) {
        #expect(messages(text, Self.readers[index].read) == [expected])
    }
}
