/// A test could not be set up: a fixture that does not load, a binary that was not built, a tool that failed.
public struct TestSetupError: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String

    /// Creates an error with its message.
    public init(_ description: String) {
        self.description = description
    }
}
