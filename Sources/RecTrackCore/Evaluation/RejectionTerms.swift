/// Who may decline a recommendation: only one of its owners. Evidence that `rejects` it without naming one of them
/// (a think tank's criticism, a council's view of a department's recommendation) is not an owner declining it, and
/// counts as context.
public enum RejectionTerms {
    /// True when `evidenceOwners` (owner ids, as resolved on the evidence's date) include one of `owners`.
    public static func byOwner(_ evidenceOwners: [String], of owners: [String]) -> Bool {
        evidenceOwners.contains { owners.contains($0) }
    }
}
