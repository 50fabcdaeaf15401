/// The output formats of one command: a closed set, so every `switch` over it is exhaustive and a new
/// case does not compile without its renderer. The command line builds `--format`'s help from the cases,
/// and the golden-file tests run over `allCases`, so a new case cannot ship without either.
public protocol OutputFormat: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String, AllCases == [Self] {
    /// One line on what the format is for, shown in `--help` beside its name.
    var summary: String { get }
    /// The usual file name extension of output in this format, without the dot.
    var fileExtension: String { get }
}
