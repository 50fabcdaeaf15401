/// One file of the generated site: a path relative to the output folder and its text.
public struct SiteFile: Sendable, Hashable {
    /// Relative path with `/` separators, e.g. `recommendations/R6.html`.
    public var path: String
    /// The file's text (UTF-8 when written).
    public var contents: String
}

/// Why the site cannot be made from this tracker.
public struct SiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
