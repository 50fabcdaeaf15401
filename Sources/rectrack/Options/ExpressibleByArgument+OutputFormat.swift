import ArgumentParser
import RecTrackReports

/// `--format` takes any command's output format; its help lists every case with its summary.
extension ExpressibleByArgument where Self: OutputFormat {
    public static var allValueDescriptions: [String: String] {
        Dictionary(allCases.map { ($0.rawValue, $0.summary) }, uniquingKeysWith: { first, _ in first })
    }
}

extension ArgumentHelp {
    /// The help of every `--format` option; the formats and what each is for come from the enum's cases.
    static let outputFormat = ArgumentHelp("Output format.", valueName: "format")
}

extension CheckFormat: ExpressibleByArgument {}
extension DiagnosticReferenceFormat: ExpressibleByArgument {}
extension DiagnosticsFormat: ExpressibleByArgument {}
extension ProtocolReferenceFormat: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension ShowFormat: ExpressibleByArgument {}
extension StatusFormat: ExpressibleByArgument {}
extension SectionFormat: ExpressibleByArgument {}
