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

/// A small case that yields a diagnostic: a file of a tracker, or, where no file can show it, a situation in words.
public enum DiagnosticExample: Sendable {
    /// A file at `path` (relative to the tracker's root) with this text. Added to the tracker that
    /// ``DiagnosticExample/setting`` describes (replacing a file there of the same path), it yields the diagnostic.
    case file(path: String, text: String)
    /// What happens, in words: for problems of the file system or of bytes that a page cannot show.
    case situation(String)

    /// The tracker the file examples are written against.
    public static let setting = """
        The examples are files of a small tracker: recommendations R1 (protocol all-of: milestones \
        strategy-published and strategy-funded, the metric turnover-rate, the response) and R2 (the metric \
        children-looked-after); owners DfE, DCLG (called MHCLG from 2018-01-08, DLUHC from 2021-09 and MHCLG \
        again from 2024-07-08) and LGA; metrics turnover-rate (percent) and children-looked-after (count); \
        the evidence files Evidence/2020/2020-01-15-strategy-published.yaml and \
        Evidence/2021/2021-02-25-workforce-statistics.yaml; and today is 2026-11-23.
        """
}
