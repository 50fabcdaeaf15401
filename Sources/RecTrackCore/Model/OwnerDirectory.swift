/// The owners of a tracker (`Recommendations/owners.yaml`), looked up by any of their names.
public struct OwnerDirectory: Sendable {
    /// Owners in file order.
    public let owners: [Owner]
    private let byID: [String: Owner]
    /// Every name, with who had it and when (owners in file order), so resolving a name is one lookup.
    private let spans: [String: [NameSpan]]

    private struct NameSpan: Sendable {
        let owner: Int
        let from: Day?
        let until: Day?
    }

    /// Creates a directory.
    public init(_ owners: [Owner]) {
        self.owners = owners
        self.byID = Dictionary(owners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var spans: [String: [NameSpan]] = [:]
        for (index, owner) in owners.enumerated() {
            for alias in owner.aliases { spans[alias, default: []].append(NameSpan(owner: index, from: nil, until: nil)) }
            for entry in owner.nameHistory {
                for name in entry.names { spans[name, default: []].append(NameSpan(owner: index, from: entry.from, until: entry.until)) }
            }
        }
        self.spans = spans
    }

    /// The owner with this id.
    public func owner(id: String) -> Owner? { byID[id] }

    /// The owners any of whose names (id, full name, alias or a name it had before or after a rename) is `name`,
    /// compared without regard to case: "MHCLG", "department for education" and "DFE" all find their owner. More than
    /// one when owners have shared a name.
    public func owners(named name: String) -> [Owner] {
        let wanted = name.trimmingWhitespace.lowercased()
        return owners.filter { owner in owner.allNames.contains { $0.lowercased() == wanted } }
    }

    /// The ids, for suggestions.
    public var ids: [String] { owners.map(\.id) }

    /// What a name written on an evidence file means on its date.
    public enum Resolution: Equatable, Sendable {
        /// The name is the owner with this id on that date.
        case owner(String)
        /// The name belongs to an owner, but not on that date; `expected` is what it was called then.
        case wrongDate(owner: String, expected: String)
        /// No owner has ever had this name.
        case unknown
    }

    /// Resolves `name` as it was used on `day`.
    public func resolve(_ name: String, on day: Day) -> Resolution {
        guard let spans = spans[name], let first = spans.first else { return .unknown }
        for span in spans where (span.from.map { $0 <= day } ?? true) && (span.until.map { day <= $0 } ?? true) {
            return .owner(owners[span.owner].id)
        }
        let owner = owners[first.owner]
        return .wrongDate(owner: owner.id, expected: owner.shortName(on: day))
    }

    /// Every name any owner has had, for suggestions.
    public var allNames: [String] { owners.flatMap(\.allNames) }
}
