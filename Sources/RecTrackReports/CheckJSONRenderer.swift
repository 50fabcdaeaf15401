import RecTrackCore

/// `check --format json`: everything the check found, for programs.
struct CheckJSONRenderer {
    /// The check and what the formats share.
    let check: CheckRenderer

    /// The JSON text.
    func render() -> String {
        JSONOutput.encode(CheckDocument(tracker: check.tracker, result: check.result))
    }
}
