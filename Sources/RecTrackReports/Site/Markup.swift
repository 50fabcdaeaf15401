/// A piece of HTML (or SVG) that is safe to write into a page.
///
/// Escaping is the default: in a `Markup` string literal, the literal parts are
/// trusted (they are written here, in Swift), and every interpolated `String`,
/// number or date is passed through ``HTML/escape(_:)``, the one escaping
/// function of the site. Only another `Markup` is inserted as it is, so raw
/// HTML can only come from code, never from a tracker's files.
///
/// ```swift
/// let title = "<script>"
/// let cell: Markup = "<td title=\"\(title)\">\(title)</td>"   // both escaped
/// ```
public struct Markup: Sendable, Hashable, ExpressibleByStringInterpolation {
    /// The HTML text.
    public private(set) var html: String

    /// Empty markup.
    public static let empty = Markup(trusted: "")

    /// Markup from trusted text written in code (no escaping).
    init(trusted html: String) { self.html = html }

    /// A literal with no interpolation: trusted, as it is written in code.
    public init(stringLiteral value: String) { html = value }

    /// A literal with interpolations: each interpolated value is escaped unless it is `Markup`.
    public init(stringInterpolation: StringInterpolation) { html = stringInterpolation.html }

    /// Builds the HTML of a literal, escaping interpolated text.
    public struct StringInterpolation: StringInterpolationProtocol {
        var html = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            html.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        /// The literal text, written in code: trusted.
        public mutating func appendLiteral(_ literal: String) { html += literal }

        /// Text from data: always escaped.
        public mutating func appendInterpolation(_ text: String) { html += HTML.escape(text) }

        /// Anything printable (dates, numbers): escaped like text.
        public mutating func appendInterpolation<T: CustomStringConvertible>(_ value: T) { html += HTML.escape(value.description) }

        /// Markup built elsewhere: inserted as it is.
        public mutating func appendInterpolation(_ markup: Markup) { html += markup.html }

        /// Several pieces of markup, one after the other.
        public mutating func appendInterpolation(_ parts: [Markup]) { for part in parts { html += part.html } }
    }

    /// The parts joined with a separator.
    public static func join(_ parts: [Markup], separator: Markup = .empty) -> Markup {
        Markup(trusted: parts.map(\.html).joined(separator: separator.html))
    }

    /// Appends another piece.
    public static func + (lhs: Markup, rhs: Markup) -> Markup { Markup(trusted: lhs.html + rhs.html) }

    /// Appends another piece in place.
    public static func += (lhs: inout Markup, rhs: Markup) { lhs.html += rhs.html }
}
