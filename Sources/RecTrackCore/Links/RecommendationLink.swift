/// A recommendation's link to another call for the same thing: another recommendation of this tracker, or a
/// call made outside it (a public page with a title). Written under `links:` in the recommendation's record.
///
/// A link is context beside the verdict: it never changes a status.
public struct RecommendationLink: Sendable, Hashable {
    /// How the other call relates to this recommendation. The inverse kinds (`repeated-by`, `built-on-by`) let a
    /// link to a later call sit on the earlier recommendation, where the secretariat keeps it.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// This recommendation repeats an earlier call.
        case repeats
        /// A later call repeats this recommendation.
        case repeatedBy = "repeated-by"
        /// This recommendation builds on an earlier call.
        case buildsOn = "builds-on"
        /// A later call builds on this recommendation.
        case builtOnBy = "built-on-by"
        /// The other call is on a related matter; neither repeats the other.
        case relatesTo = "relates-to"

        /// Whether the other call came before this recommendation, after it, or either.
        public var otherCall: Order {
            switch self {
            case .repeats, .buildsOn: return .earlier
            case .repeatedBy, .builtOnBy: return .later
            case .relatesTo: return .either
            }
        }

        /// True for the kinds that say one call asks again for what the other asked (`repeats`, `repeated-by`).
        public var isRepeat: Bool { self == .repeats || self == .repeatedBy }
    }

    /// When the other call was made, relative to this recommendation.
    public enum Order: String, Sendable, Codable {
        case earlier, later, either
    }

    /// A call made outside the tracker, as its public page gives it.
    public struct OutsideCall: Sendable, Hashable {
        /// Its title, as published.
        public var title: String
        /// Who made it.
        public var publisher: String
        /// Where it can be read.
        public var url: String

        /// Creates an outside call.
        public init(title: String, publisher: String, url: String) {
            self.title = title
            self.publisher = publisher
            self.url = url
        }
    }

    /// What the link points at.
    public enum Target: Sendable, Hashable {
        /// Another recommendation of this tracker, by the reference the record gives (its id).
        case recommendation(String)
        /// A call made outside the tracker.
        case outside(OutsideCall)
    }

    /// How the other call relates to this one.
    public var kind: Kind
    /// The other call.
    public var target: Target
    /// When the other call was made; nil for another recommendation of the tracker, which has its report's date.
    public var date: FactDate?
    /// One line, for MPs, on how the two calls relate.
    public var note: String
    /// Whether the secretariat could verify the other call fully.
    public var confidence: Confidence
    /// Where the link is written, for messages.
    public var location: SourceLocation?

    /// Creates a link.
    public init(kind: Kind, target: Target, date: FactDate?, note: String, confidence: Confidence = .verified, location: SourceLocation? = nil) {
        self.kind = kind
        self.target = target
        self.date = date
        self.note = note
        self.confidence = confidence
        self.location = location
    }
}
