/// Who set a metric's target, so that no page presents a target as the report's when it is not.
public struct TargetOrigin: Sendable, Codable, Hashable {
    /// Who set a target.
    public enum Setter: String, Sendable, Codable, CaseIterable {
        /// The report itself named the figure.
        case report
        /// The government committed to it (the commitment is an evidence item).
        case government
        /// This tracker chose it, for want of one set by the report or the government.
        case tracker
    }

    // Stored properties in the order of their JSON keys' bytes: the JSON writer writes each member as it comes, with
    // nothing to move (checked by SortedJSONWriterTests).
    /// The evidence that records the target: the government's commitment, when the government set it.
    public var evidence: String?
    /// One line for MPs on the target: why the tracker chose it, when the tracker set it.
    public var reason: String?
    /// Who set it.
    public var setBy: Setter

    /// Creates an origin.
    public init(setBy: Setter, evidence: String? = nil, reason: String? = nil) {
        self.setBy = setBy
        self.evidence = evidence
        self.reason = reason
    }

    /// "set by the report", "set by the government", "set by this tracker: no further fall from 2010-11".
    public var words: String {
        let who: String
        switch setBy {
        case .report: who = "set by the report"
        case .government: who = "set by the government"
        case .tracker: who = "set by this tracker"
        }
        return who + (reason.map { ": \($0)" } ?? "")
    }
}
