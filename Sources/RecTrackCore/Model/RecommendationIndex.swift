/// Finds a recommendation by what a person writes: its key, its qualified id (`no-good-options:R6`), its short id
/// (`R6`) where only one report has it, or its number (`6`, `R06`); built once, so each lookup is a dictionary read.
public struct RecommendationIndex: Sendable {
    /// What a reference names.
    public enum Lookup: Sendable, Equatable {
        /// The recommendation at this position of the list the index was built from.
        case found(Int)
        /// A short id or number that several reports have; the qualified ids to choose from, in order.
        case ambiguous([String])
        /// Nothing.
        case unknown
    }

    /// Every recommendation's key, in the order given.
    public let ids: [String]
    private let qualifiedIDs: [String]
    private let byKey: [String: Int]
    private let byQualified: [String: Int]
    private let byShort: [String: [Int]]
    private let byLowerShort: [String: [Int]]
    private let byNumber: [Int: [Int]]
    /// Report ids in lower case, for `report:` prefixes written in any case.
    private let reports: [String: String]

    /// `report:id`.
    public static func qualified(report: String, id: String) -> String { "\(report):\(id)" }

    /// A key's parts: the report of a qualified key (`no-good-options:R6` → `no-good-options`, `R6`), nil for a short one.
    public static func parts(ofKey key: String) -> (report: String?, id: String) {
        guard let colon = key.firstIndex(of: ":") else { return (nil, key) }
        return (String(key[..<colon]), String(key[key.index(after: colon)...]))
    }

    /// A recommendation key as a file name's stem: `R6`, or `no-good-options--R6` for a qualified key (a report id is
    /// kebab-case, so it never holds `--`, and `:` is no character for a file name). Site pages and other per-recommendation
    /// files are named with it.
    public static func fileStem(_ key: String) -> String {
        key.replacing(":", with: "--")
    }

    /// Indexes `recommendations`, in their order.
    public init(_ recommendations: [Recommendation]) {
        ids = recommendations.map { $0.id }
        qualifiedIDs = recommendations.map(\.qualifiedID)
        var byKey: [String: Int] = [:], byQualified: [String: Int] = [:], byShort: [String: [Int]] = [:]
        var byLowerShort: [String: [Int]] = [:], byNumber: [Int: [Int]] = [:], reports: [String: String] = [:]
        for (position, recommendation) in recommendations.enumerated() {
            if byKey[recommendation.id] == nil { byKey[recommendation.id] = position }
            let qualified = Self.qualified(report: recommendation.report.lowercased(), id: recommendation.shortID.lowercased())
            if byQualified[qualified] == nil { byQualified[qualified] = position }
            byShort[recommendation.shortID, default: []].append(position)
            byLowerShort[recommendation.shortID.lowercased(), default: []].append(position)
            byNumber[recommendation.number, default: []].append(position)
            reports[recommendation.report.lowercased()] = recommendation.report
        }
        (self.byKey, self.byQualified, self.byShort, self.byLowerShort, self.byNumber, self.reports) =
            (byKey, byQualified, byShort, byLowerShort, byNumber, reports)
    }

    /// What `reference` names. `strict` (as in files) takes ids exactly as written and never a bare number;
    /// otherwise (as on the command line) case is ignored where that names one recommendation, and `6` or `R06` is a number.
    public func lookUp(_ reference: String, strict: Bool = false) -> Lookup {
        if let position = byKey[reference] { return .found(position) }
        if let colon = reference.firstIndex(of: ":") {
            let report = String(reference[..<colon]), rest = String(reference[reference.index(after: colon)...])
            guard strict ? reports[report] == report : reports[report.lowercased()] != nil else { return .unknown }
            return within(report.lowercased(), rest, strict: strict)
        }
        if let found = choice(byShort[reference]) { return found }
        if strict { return .unknown }
        if let found = choice(byLowerShort[reference.lowercased()]) { return found }
        let digits = reference.uppercased().hasPrefix("R") ? String(reference.dropFirst()) : reference
        guard let number = Int(digits) else { return .unknown }
        return choice(byNumber[number]) ?? .unknown
    }

    /// The reports whose ids the index knows, in lower case, mapped to their ids as written.
    public var reportIDs: [String] { reports.values.sorted() }

    /// One position as found, several as a choice between their qualified ids, none as nil.
    private func choice(_ positions: [Int]?) -> Lookup? {
        guard let positions, !positions.isEmpty else { return nil }
        return positions.count == 1 ? .found(positions[0]) : .ambiguous(positions.map { qualifiedIDs[$0] })
    }

    /// `id` (or, unless strict, a number) within one report.
    private func within(_ report: String, _ id: String, strict: Bool) -> Lookup {
        if let position = byQualified[Self.qualified(report: report, id: id.lowercased())],
           !strict || qualifiedIDs[position].hasSuffix(":" + id) {
            return .found(position)
        }
        guard !strict else { return .unknown }
        let digits = id.uppercased().hasPrefix("R") ? String(id.dropFirst()) : id
        guard let number = Int(digits) else { return .unknown }
        let inReport = (byNumber[number] ?? []).filter { qualifiedIDs[$0].lowercased().hasPrefix(report + ":") }
        return choice(inReport) ?? .unknown
    }
}
