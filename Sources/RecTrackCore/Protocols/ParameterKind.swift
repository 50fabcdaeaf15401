/// What kind of value a protocol parameter takes.
///
/// One value serves three readers: the reference prints its words (``words``), the JSON Schema
/// of recommendation files is generated from it (`rectrack protocols --format json-schema`), and
/// a test checks each kind's parser against it, so the three cannot drift apart.
public indirect enum ParameterKind: Sendable, Equatable {
    /// Non-empty text.
    case text
    /// A kebab-case id that this parameter introduces, such as a milestone's.
    case identifier
    /// The kebab-case id of something defined elsewhere in the tracker: `reference("metric")` is a metric id.
    case reference(String)
    /// A decimal number within bounds.
    case number(NumberBounds)
    /// A length of time in seconds: more than 0, at most `maximum`.
    case seconds(maximum: Double)
    /// A full date, YYYY-MM-DD.
    case date
    /// A date as exactly as a source gives it: YYYY-MM-DD, YYYY-MM or YYYY.
    case partialDate
    /// One of a fixed set of words.
    case choice([String])
    /// One of the evidence kinds (``EvidenceKind``).
    case evidenceKind
    /// A list with at least one item; `unique` when no item may appear twice.
    case list(ParameterKind, unique: Bool)
    /// A mapping with these keys and no others.
    case mapping([ParameterDescription])
    /// A protocol of any kind, which may also take `weight:` (a part of a composite kind).
    case protocolPart
    /// A plain file name: no folders, no leading dot.
    case fileName
    /// Any mapping, passed on as it is.
    case anyMapping

    /// The kind in words, as the reference shows it: "number from 0 to 1", "{period: date, value: number}".
    public var words: String {
        switch self {
        case .text: return "text"
        case .identifier: return "kebab-case id"
        case .reference(let entity): return "\(entity) id"
        case .number(let bounds): return bounds.words
        case .seconds: return "seconds (number)"
        case .date: return "date"
        case .partialDate: return "date, month or year"
        case .choice(let values): return values.joined(separator: "|")
        case .evidenceKind: return "evidence kind"
        case .list(let item, _): return "list of \(item.pluralWords)"
        case .mapping(let fields):
            // Short mappings show each field's kind; one with nested lists or mappings shows only its keys,
            // which the parameter's summary then explains.
            let typed = fields.allSatisfy(\.kind.isScalar)
            return "{" + fields.map { "\($0.name)\($0.isRequired ? "" : "?")\(typed ? ": \($0.kind.words)" : "")" }.joined(separator: ", ") + "}"
        case .protocolPart: return "protocol, with optional weight"
        case .fileName: return "file name"
        case .anyMapping: return "mapping"
        }
    }

    /// The words for several of them, after "list of".
    private var pluralWords: String {
        switch self {
        case .mapping: return words
        case .protocolPart: return "protocols, each with optional weight"
        case .reference(let entity): return "\(entity) ids"
        case .identifier: return "kebab-case ids"
        case .evidenceKind: return "evidence kinds"
        case .text, .number, .seconds, .date, .partialDate, .choice, .list, .fileName, .anyMapping: return "items, each \(words)"
        }
    }

    /// True for a single value written on one line (not a list or a mapping).
    public var isScalar: Bool {
        switch self {
        case .list, .mapping, .protocolPart, .anyMapping: return false
        case .text, .identifier, .reference, .number, .seconds, .date, .partialDate, .choice, .evidenceKind, .fileName: return true
        }
    }
}

/// The bounds of a number parameter.
public enum NumberBounds: Sendable, Equatable {
    /// Any number.
    case any
    /// Greater than 0.
    case positive
    /// From `lower` to `upper`, both included.
    case between(Double, Double)

    /// "number", "number > 0", "number from 0 to 1".
    public var words: String {
        switch self {
        case .any: return "number"
        case .positive: return "number > 0"
        case .between(let lower, let upper): return "number from \(NumberText.format(lower)) to \(NumberText.format(upper))"
        }
    }
}
