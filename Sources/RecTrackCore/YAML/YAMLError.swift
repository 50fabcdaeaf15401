/// Why a YAML file could not be loaded, with where.
public struct YAMLError: Error, Sendable, Equatable {
    /// What went wrong, in words for the secretariat.
    public var message: String
    /// Where, when known.
    public var location: SourceLocation?

    /// Creates an error.
    public init(_ message: String, at location: SourceLocation?) {
        self.message = message
        self.location = location
    }
}
