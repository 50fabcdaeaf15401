/// What kind of fact a piece of evidence records.
public enum EvidenceKind: String, Sendable, Codable, CaseIterable, Comparable {
    case announcement
    case consultation
    case consultationResponse = "consultation-response"
    case debate
    case funding
    case guidance
    case inspection
    case legislation
    case programme
    case report
    case response
    case review
    case statement
    case statistics

    /// Kinds that only say something was done; they never meet a milestone by themselves.
    public var isClaimOnly: Bool { self == .announcement || self == .statement || self == .response }

    /// Kinds whose files may carry `observations`.
    public var mayObserve: Bool { self == .statistics || self == .report }

    public static func < (lhs: EvidenceKind, rhs: EvidenceKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How a piece of evidence moves a recommendation.
public enum Effect: String, Sendable, Codable, CaseIterable {
    case progresses
    case achieves
    case setsBack = "sets-back"
    case rejects
    case context
}

/// The government's formal response to a recommendation.
public enum ResponseVerdict: String, Sendable, Codable, CaseIterable {
    case accepted
    /// Accepted as an aim, without a commitment to do it: not the same as accepted.
    case acceptedInPrinciple = "accepted-in-principle"
    case acceptedInPart = "accepted-in-part"
    case noted
    case rejected
    /// No formal response has been found: itself an answer.
    case none

    /// In words: "accepted in principle"; `none` is "no response identified".
    public var words: String { self == .none ? "no response identified" : rawValue.replacing("-", with: " ") }

    /// The verdicts a response can give, in words for a message: "accepted, accepted-in-principle, …, noted or rejected".
    public static var givenList: String {
        let names = allCases.filter { $0 != .none }.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// True for the verdicts that accept the recommendation, wholly, in part or in principle.
    public var accepts: Bool { self == .accepted || self == .acceptedInPart || self == .acceptedInPrinciple }
}

/// Whether the secretariat could verify a fact fully.
public enum Confidence: String, Sendable, Codable, CaseIterable {
    case verified
    case partly
}

/// One `bears-on` entry: evidence moving one recommendation.
public struct Bearing: Sendable, Hashable {
    /// The recommendation's id.
    public var recommendation: String
    /// A milestone of that recommendation's protocol, when it moves one.
    public var milestone: String?
    /// The effect.
    public var effect: Effect
    /// The verdict, for evidence of kind `response`.
    public var response: ResponseVerdict?
    /// One sentence on why.
    public var note: String?
    /// Where the entry is, for messages.
    public var location: SourceLocation

    /// Creates a bearing.
    public init(recommendation: String, milestone: String? = nil, effect: Effect, response: ResponseVerdict? = nil,
                note: String? = nil, location: SourceLocation = .start) {
        self.recommendation = recommendation
        self.milestone = milestone
        self.effect = effect
        self.response = response
        self.note = note
        self.location = location
    }
}

/// One figure that a statistics release reports.
public struct Observation: Sendable, Hashable {
    /// The metric's id.
    public var metric: String
    /// The date the figure refers to.
    public var period: Day
    /// The figure.
    public var value: Double
    /// A note such as "revised from 82,170".
    public var note: String?
    /// The series or method it belongs to, when it is not the metric's one series: "Pro Bono Economics 2025 analysis".
    public var series: String?
    /// Where it is, for messages.
    public var location: SourceLocation

    /// Creates an observation.
    public init(metric: String, period: Day, value: Double, note: String? = nil, series: String? = nil, location: SourceLocation = .start) {
        self.series = series
        self.metric = metric
        self.period = period
        self.value = value
        self.note = note
        self.location = location
    }
}

/// One dated fact with a public source (`Evidence/YYYY/YYYY-MM-DD-slug.yaml`).
///
/// A value, stored in one shared box that is copied only when a copy is changed: evidence is
/// passed around and filtered by the ten thousand, and a copy must cost one reference count,
/// not one for each of its strings and arrays. Its facts are those of ``Record``, read and written
/// as its own properties (`evidence.date`).
@dynamicMemberLookup
public struct Evidence: Sendable {
    /// The facts of one evidence file.
    public struct Record: Sendable {
        /// Equals the file's stem.
        public var id: String
        /// When it happened.
        public var date: FactDate
        /// The publication's or event's title.
        public var title: String
        /// Who published it.
        public var publisher: String
        /// The original publisher's page.
        public var url: String?
        /// Whose page `url` is, when it is not the publisher's own: "Community Care". Pages then say "as reported by …".
        public var reportedBy: String?
        /// What kind of fact it is.
        public var kind: EvidenceKind
        /// Owner ids it concerns (resolved from the names written).
        public var owners: [String]
        /// The secretariat's summary.
        public var summary: String
        /// What it bears on.
        public var bearings: [Bearing]
        /// Figures it reports.
        public var observations: [Observation]
        /// Evidence this replaces.
        public var supersedes: [String]
        /// A coming date it declares (a month or a year when the source gives no day).
        public var due: FactDate?
        /// How sure the secretariat is.
        public var confidence: Confidence
        /// When the secretariat recorded it.
        public var recorded: Day
        /// The secretariat's own working notes on this evidence: never published, so no page, brief or table shows them.
        public var workingNotes: String?
        /// The file, relative to the root.
        public var path: String
        /// Where each top-level key is in the file, for messages about cross-file problems.
        public var keyLocations: KeyLocations
    }

    @usableFromInline var shared: SharedRecord<Record>

    /// One of the record's facts; setting it copies the shared box first when another copy holds it.
    ///
    /// `evidence.date` costs what a stored property does. A key path value (`\Evidence.date`, `map(\.id)`) is
    /// followed at run time instead (some 1,500 instructions each, by callgrind): over every file, read in a closure.
    // Inlinable so that a literal key path folds into a plain load in every module.
    @inlinable
    public subscript<Value>(dynamicMember field: WritableKeyPath<Record, Value>) -> Value {
        get { shared[field] }
        set { shared[field] = newValue }
    }

    /// The publisher as pages name it, with whose page the address is when it is not the publisher's own:
    /// "Department for Education, as reported by Community Care".
    public var attribution: String { shared.record.publisher + (shared.record.reportedBy.map { ", as reported by \($0)" } ?? "") }

    /// Creates evidence.
    public init(id: String, date: FactDate, title: String, publisher: String, url: String? = nil, reportedBy: String? = nil, kind: EvidenceKind,
                owners: [String] = [], summary: String, bearings: [Bearing] = [], observations: [Observation] = [],
                supersedes: [String] = [], due: FactDate? = nil, confidence: Confidence = .verified, recorded: Day,
                workingNotes: String? = nil, path: String, keyLocations: KeyLocations = KeyLocations()) {
        shared = SharedRecord(Record(id: id, date: date, title: title, publisher: publisher, url: url, reportedBy: reportedBy, kind: kind, owners: owners,
                                 summary: summary, bearings: bearings, observations: observations, supersedes: supersedes,
                                 due: due, confidence: confidence, recorded: recorded, workingNotes: workingNotes, path: path,
                                 keyLocations: keyLocations))
    }
}

/// Where each key of a mapping is: a few keys, looked up by name now and then.
///
/// Every evidence file keeps one, so it is kept small: each key the record formats define and its place packed in
/// eight bytes (a tenth of a name and a location apiece), with any other key beside them as written.
public struct KeyLocations: Sendable {
    /// The key's index in ``KnownKeys/names`` (bits 56–63), its line (28–55) and column (0–27).
    private var packed: [UInt64] = []
    /// Keys outside ``KnownKeys/names``, or placed beyond what packing holds; rare, and empty costs nothing.
    private var others: [(key: String, location: SourceLocation)] = []

    private static let limit = 1 << 28

    /// Records the keys in the order they were written; the first of a repeated key wins (a lookup finds it first).
    public init(_ entries: [(key: String, location: SourceLocation)] = []) {
        let names = KnownKeys.names
        var packed: [UInt64] = []
        packed.reserveCapacity(entries.count)
        // Files list their keys in the order of ``KnownKeys/names``, so the name after the last one found is tried first.
        var next = 0
        for (key, location) in entries {
            let index = next < names.count && names[next].utf8.count == key.utf8.count && names[next] == key ? next : KnownKeys.index(of: key)
            if let index, (0..<Self.limit).contains(location.line), (0..<Self.limit).contains(location.column) {
                packed.append(UInt64(index) << 56 | UInt64(location.line) << 28 | UInt64(location.column))
                next = index + 1
            } else {
                others.append((key, location))
            }
        }
        self.packed = packed
    }

    /// Adds the key at `index` of ``KnownKeys/names`` (a reader that knows which it is need not look the name up).
    mutating func append(known index: Int, at location: SourceLocation) {
        if (0..<Self.limit).contains(location.line), (0..<Self.limit).contains(location.column) {
            packed.append(UInt64(index) << 56 | UInt64(location.line) << 28 | UInt64(location.column))
        } else {
            others.append((KnownKeys.names[index], location))
        }
    }

    /// Room for `count` keys.
    mutating func reserveCapacity(_ count: Int) { packed.reserveCapacity(count) }

    /// Where `key` is, when the file has it.
    public subscript(key: String) -> SourceLocation? {
        if let index = KnownKeys.index(of: key).map(UInt64.init), let entry = packed.first(where: { $0 >> 56 == index }) {
            return Self.location(entry)
        }
        return others.first { $0.key == key }?.location
    }

    /// Every key with its place: the known keys in the order written, then the others.
    var entries: [(key: String, location: SourceLocation)] {
        packed.map { (KnownKeys.names[Int($0 >> 56)], Self.location($0)) } + others
    }

    private static func location(_ entry: UInt64) -> SourceLocation {
        SourceLocation(line: Int(entry >> 28 & 0xFFF_FFFF), column: Int(entry & 0xFFF_FFFF))
    }
}

/// The keys the record formats define (evidence, its bearings and observations, replies, recommendations, reports),
/// each found by its length and end bytes rather than by hashing it. Evidence and bearing keys come first, in
/// the order of their tables (``EvidenceFields/keys``, ``BearingFields/keys``), so the fast reader, which knows each
/// key's place in its table, never looks a name up.
enum KnownKeys {
    static let names: [String] = {
        let evidence = EvidenceFields.keys.keys.map(\.name), bearing = BearingFields.keys.keys.map(\.name)
        let others = ["metric", "period", "value", "series", "owner", "channel", "status", "says", "cites", "lapses", "number",
                      "text", "theme", "protocol", "stale-after", "stall-after", "links", "response"]
        return (evidence + bearing + others).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }()
    /// Where the bearing keys start: a `bears-on` entry's key at position `i` of its table is name `bearingStart + i`.
    static let bearingStart = EvidenceFields.keys.keys.count

    /// Every name's bytes, one after another, and where each starts (the last entry is the end).
    private static let bytes: [UInt8] = names.flatMap(\.utf8)
    private static let starts: [Int] = names.reduce(into: [0]) { $0.append($0.last! + $1.utf8.count) }
    /// An open-addressed table of 256 slots: each name's index at its slot or the next free one, -1 where none is.
    private static let slots: [Int8] = {
        var slots = [Int8](repeating: -1, count: 256)
        for (index, name) in names.enumerated() {
            let utf8 = Array(name.utf8)
            var at = slot(utf8.count, utf8[0], utf8[utf8.count - 1])
            while slots[at] >= 0 { at = (at + 1) & 255 }
            slots[at] = Int8(index)
        }
        return slots
    }()

    private static func slot(_ count: Int, _ first: UInt8, _ last: UInt8) -> Int {
        (count &* 16 &+ Int(first) &* 3 &+ Int(last)) & 255
    }

    /// The index of `key` in ``names``, or nil.
    static func index(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { utf8 -> Int? in
            guard let first = utf8.first, let last = utf8.last else { return nil }
            return slots.withUnsafeBufferPointer { slots in
                bytes.withUnsafeBufferPointer { bytes in
                    starts.withUnsafeBufferPointer { starts in
                        var at = slot(utf8.count, first, last)
                        while slots[at] >= 0 {
                            let index = Int(slots[at]), start = starts[index]
                            if starts[index + 1] - start == utf8.count && UnsafeBufferPointer(rebasing: bytes[start..<(start + utf8.count)]).elementsEqual(utf8) {
                                return index
                            }
                            at = (at + 1) & 255
                        }
                        return nil
                    }
                }
            }
        }
    }
}
