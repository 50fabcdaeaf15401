/// The owners of a tracker (`Recommendations/owners.yaml`), looked up by any of their names.
public struct OwnerDirectory: Sendable {
    /// Owners in file order.
    public let owners: [Owner]
    private let byID: [String: Owner]

    /// Creates a directory.
    public init(_ owners: [Owner]) {
        self.owners = owners
        self.byID = Dictionary(owners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The owner with this id.
    public func owner(id: String) -> Owner? { byID[id] }

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
        for owner in owners where owner.isNamed(name, on: day) {
            return .owner(owner.id)
        }
        for owner in owners where owner.allNames.contains(name) {
            return .wrongDate(owner: owner.id, expected: owner.shortName(on: day))
        }
        return .unknown
    }

    /// Every name any owner has had, for suggestions.
    public var allNames: [String] { owners.flatMap(\.allNames) }
}
