/// Where a recommendation stands among the calls for the same thing, in date order: the calls it repeats or
/// builds on, itself, and the later calls that repeat it, build on it or relate to it.
///
/// It gathers the recommendation's own links and the links other recommendations of the tracker make to it (a
/// link from R7 that `repeats` R2 appears in R2's lineage as `repeated-by` R7). It never bears on a status.
public struct Lineage: Sendable, Hashable {
    /// A call in the lineage.
    public enum Call: Sendable, Hashable {
        /// A recommendation of this tracker.
        case recommendation(id: String, number: Int, title: String, report: String)
        /// A call outside the tracker.
        case outside(RecommendationLink.OutsideCall)

        /// The call's title: the recommendation's, or the outside call's.
        public var title: String {
            switch self {
            case .recommendation(_, _, let title, _): return title
            case .outside(let outside): return outside.title
            }
        }

        /// The recommendation's id; nil for a call outside the tracker.
        public var recommendationID: String? {
            if case .recommendation(let id, _, _, _) = self { return id }
            return nil
        }

        /// The recommendation's report; nil for a call outside the tracker.
        public var report: String? {
            if case .recommendation(_, _, _, let report) = self { return report }
            return nil
        }

        /// The call outside the tracker; nil for a recommendation of it.
        public var outside: RecommendationLink.OutsideCall? {
            if case .outside(let outside) = self { return outside }
            return nil
        }
    }

    /// One call and how it relates to the recommendation whose lineage this is.
    public struct Entry: Sendable, Hashable {
        /// How this call relates to the recommendation, seen from the recommendation (`repeated-by`: this call
        /// repeats it); nil for the recommendation itself.
        public var kind: RecommendationLink.Kind?
        /// The call.
        public var call: Call
        /// When it was made.
        public var date: FactDate
        /// The link's one-line note; nil for the recommendation itself.
        public var note: String?
        /// Whether the link's source was verified fully.
        public var confidence: Confidence
    }

    /// The calls in date order, the recommendation itself among them; only itself when it has no links.
    public var entries: [Entry]

    /// True when no call is linked to the recommendation.
    public var isEmpty: Bool { entries.allSatisfy { $0.kind == nil } }

    /// The lineage of `recommendation` in `tracker`, read from the tracker's ``LinkGraph`` (the whole tracker's, even
    /// when `tracker` is seen through one report).
    public init(of recommendation: Recommendation, in tracker: Tracker) {
        self = tracker.links.lineage(of: recommendation, in: tracker)
    }

    /// The recommendation and the calls linked to it, put in date order; a call linked twice the same way (both
    /// records write the link) is kept once, as it first comes.
    init(itself: Entry, linked: [Entry]) {
        struct Key: Hashable { var kind: RecommendationLink.Kind?, call: Call }
        var seen = Set<Key>()
        let unique = linked.filter { seen.insert(Key(kind: $0.kind, call: $0.call)).inserted }
        entries = ([itself] + unique).enumerated().sorted { a, b in
            (a.element.date, Self.rank(a.element.kind), a.offset) < (b.element.date, Self.rank(b.element.kind), b.offset)
        }.map(\.element)
    }

    /// The later calls that repeat the recommendation, oldest first.
    public var repeatedBy: [Entry] { entries.filter { $0.kind == .repeatedBy } }

    /// On the same date, earlier calls come before the recommendation and later ones after it.
    private static func rank(_ kind: RecommendationLink.Kind?) -> Int {
        switch kind?.otherCall {
        case .earlier: return 0
        case nil: return 1
        case .either: return 2
        case .later: return 3
        }
    }
}

extension RecommendationLink.Kind {
    /// The same link seen from the other end: `repeats` becomes `repeated-by`.
    public var inverse: Self {
        switch self {
        case .repeats: return .repeatedBy
        case .repeatedBy: return .repeats
        case .buildsOn: return .builtOnBy
        case .builtOnBy: return .buildsOn
        case .relatesTo: return .relatesTo
        }
    }
}
