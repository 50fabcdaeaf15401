/// What the catalogue says about one kind of diagnostic: the words of `docs/diagnostics.md` and `rectrack explain`.
public struct DiagnosticEntry: Sendable {
    /// The stable kebab-case name, such as `unknown-key`.
    public var name: String
    /// Whether it is an error (the tracker cannot be used) or a warning.
    public var severity: Severity
    /// One line on what is wrong.
    public var summary: String
    /// A small case that yields it.
    public var example: DiagnosticExample
    /// How to put it right.
    public var fix: String

    /// Creates an entry.
    public init(_ name: String, _ severity: Severity, summary: String, example: DiagnosticExample, fix: String) {
        self.name = name
        self.severity = severity
        self.summary = summary
        self.example = example
        self.fix = fix
    }
}
