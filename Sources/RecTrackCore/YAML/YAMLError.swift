/// Why a YAML file could not be loaded, with where.
public struct YAMLError: Error, Sendable, Equatable {
    /// What kind of problem it is.
    public var code: DiagnosticCode
    /// What went wrong, in words for the secretariat.
    public var message: String
    /// Where, when known.
    public var location: SourceLocation?

    /// Creates an error.
    public init(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?) {
        self.code = code
        self.message = message
        self.location = location
    }
}
