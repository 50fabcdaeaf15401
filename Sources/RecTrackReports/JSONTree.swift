/// A JSON value built in code, for documents with no Swift model of their own (a JSON Schema);
/// ``JSONOutput`` writes it with sorted keys.
public indirect enum JSONTree: Encodable, Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral, ExpressibleByBooleanLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([JSONTree])
    case object([String: JSONTree])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONTree...) { self = .array(elements) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(dictionaryLiteral elements: (String, JSONTree)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        // Whole numbers are written without a fraction (1, not 1.0), as a person writes them in a schema.
        case .number(let value): if value == value.rounded(), abs(value) < 1e15 { try container.encode(Int(value)) } else { try container.encode(value) }
        case .bool(let value): try container.encode(value)
        case .array(let items): try container.encode(items)
        case .object(let members): try container.encode(members)
        }
    }

    /// The members of an object with `more` added (replacing keys it already has); other values are returned as they are.
    public func merging(_ more: [String: JSONTree]) -> JSONTree {
        guard case .object(let members) = self else { return self }
        return .object(members.merging(more) { _, new in new })
    }
}
