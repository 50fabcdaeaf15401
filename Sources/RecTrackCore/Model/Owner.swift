/// A body responsible for acting on recommendations, such as DfE, with the names it has had.
public struct Owner: Sendable, Codable, Hashable {
    /// A change of name from a date on.
    public struct Rename: Sendable, Codable, Hashable {
        /// The short name from `from` on, e.g. `MHCLG`.
        public var to: String
        /// The full name from `from` on.
        public var name: String
        /// When the new name took effect; a partial date when the day is not known.
        public var from: FactDate
        /// Why the date is uncertain, or other context.
        public var note: String?

        /// Creates a rename.
        public init(to: String, name: String, from: FactDate, note: String? = nil) {
            self.to = to
            self.name = name
            self.from = from
            self.note = note
        }
    }

    /// The id recommendations use, e.g. `DCLG`.
    public var id: String
    /// The full name under the id.
    public var name: String
    /// Other names accepted on any date.
    public var aliases: [String]
    /// Renames, oldest first.
    public var renames: [Rename]
    /// The web domains of its own publications (`gov.uk`): an address elsewhere is someone else's report of them.
    public var domains: [String]

    /// Creates an owner.
    public init(id: String, name: String, aliases: [String] = [], renames: [Rename] = [], domains: [String] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.renames = renames
        self.domains = domains
    }

    /// True when `url`'s host is one of the owner's domains or below one (`www.gov.uk` for `gov.uk`).
    public func publishes(at url: String) -> Bool {
        guard let host = Owner.host(of: url) else { return false }
        return domains.contains { host == $0 || host.hasSuffix("." + $0) }
    }

    /// The host of an http(s) address, lower-cased: "www.communitycare.co.uk".
    public static func host(of url: String) -> String? {
        guard let scheme = url.firstRange(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        return host.isEmpty ? nil : host.lowercased()
    }

    /// The names the owner had (short and full), each with the span of days they may be used, oldest first.
    ///
    /// Around a partial rename date both names are accepted for the whole month or year.
    public var nameHistory: [(names: [String], from: Day?, until: Day?)] {
        var history: [([String], Day?, Day?)] = []
        var current = [id, name]
        var since: Day? = nil
        for rename in renames {
            let until = rename.from.precision == .day ? rename.from.latest.adding(days: -1) : rename.from.latest
            history.append((current, since, until))
            current = [rename.to, rename.name]
            since = rename.from.earliest
        }
        history.append((current, since, nil))
        return history
    }

    /// The full name the owner had on `day`.
    public func fullName(on day: Day) -> String {
        var name = self.name
        for rename in renames where rename.from.latest <= day { name = rename.name }
        return name
    }

    /// The short name the owner had on `day`.
    public func shortName(on day: Day) -> String {
        var name = id
        for rename in renames where rename.from.latest <= day { name = rename.to }
        return name
    }

    /// True when `name` names this owner on `day`: an alias (any day), or a short or full name it had then.
    public func isNamed(_ name: String, on day: Day) -> Bool {
        if aliases.contains(name) { return true }
        return nameHistory.contains { entry in
            entry.names.contains(name) && (entry.from.map { $0 <= day } ?? true) && (entry.until.map { day <= $0 } ?? true)
        }
    }

    /// Every name the owner has ever been known by.
    public var allNames: [String] {
        [id, name] + aliases + renames.flatMap { [$0.to, $0.name] }
    }
}
