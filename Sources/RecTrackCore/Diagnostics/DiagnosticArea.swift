/// What part of a tracker a group of diagnostic codes is about: the first two digits of a code.
public enum DiagnosticArea: String, CaseIterable, Sendable {
    case files = "RT00"
    case yaml = "RT01"
    case evidence = "RT02"
    case recommendations = "RT03"
    case ownersAndMetrics = "RT04"
    case snapshots = "RT05"
    case plugins = "RT06"
    case replies = "RT07"
    case links = "RT08"
    case reports = "RT09"

    /// A heading for the area's codes.
    public var title: String {
        switch self {
        case .files: return "The tracker's folders and files"
        case .yaml: return "Text, YAML, keys and values"
        case .evidence: return "Evidence"
        case .recommendations: return "Recommendations and their protocols"
        case .ownersAndMetrics: return "Owners and metrics"
        case .snapshots: return "Snapshots"
        case .plugins: return "Plugins"
        case .replies: return "Owners' replies"
        case .links: return "Links between recommendations"
        case .reports: return "Reports"
        }
    }

    /// The area's codes, in order.
    public var codes: [DiagnosticCode] {
        DiagnosticCode.allCases.filter { $0.area == self }
    }
}

extension DiagnosticCode {
    /// The area the code belongs to.
    public var area: DiagnosticArea {
        // Every code starts with an area's prefix; DiagnosticCatalogueTests checks it.
        DiagnosticArea.allCases.first { rawValue.hasPrefix($0.rawValue) } ?? .files
    }
}
