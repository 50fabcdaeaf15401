import RecTrackCore
import RecTrackReports

/// The diagnostics of a new evidence file that was not written, worded in terms of the `evidence add` options that
/// gave each value: the user never saw the file, so its lines and columns, and fields they never wrote, mean nothing
/// to them.
struct DraftDiagnostics {
    /// The file that would have been written.
    let plan: EvidenceRecorder.Plan
    /// What was asked for.
    let draft: EvidenceDraft

    /// The option for each key of the file; `recorded` is filled in with today.
    private static let options = ["date": "--date", "title": "--title", "publisher": "--publisher", "url": "--url", "kind": "--kind",
                                  "owners": "--owner", "summary": "--summary", "bears-on": "--bears-on", "due": "--due"]

    /// "error: --date 2026-05-01 is after today …" lines for the new file's diagnostics; others keep their places.
    func render(_ report: DiagnosticReport, style: TerminalStyle) -> (newFile: String, others: DiagnosticReport) {
        let lines = String(decoding: plan.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let own = report.diagnostics.filter { $0.path == plan.path }
        // A date in the future also makes 'recorded' (today) come before it: one mistake, said once.
        let dateInFuture = own.contains { $0.code == .dateInFuture }
        var out = ""
        for diagnostic in own where !(dateInFuture && diagnostic.code == .recordedBeforeDate) {
            let label = diagnostic.severity == .error ? style.red("error:") : style.yellow("warning:")
            let message = reworded(diagnostic.message), subject = subject(of: diagnostic, in: lines)
            // "--date 2026-05-01 is after today" names its option already.
            let named = !subject.isEmpty && message.hasPrefix(subject.prefix { $0 != ":" && $0 != " " })
            out += "\(label) \(named ? "" : subject)\(message) [\(diagnostic.code.label)]\n"
        }
        return (out, DiagnosticReport(report.diagnostics.filter { $0.path != plan.path }))
    }

    /// "--bears-on R1:strategy-publishd:progresses: " for the option that gave the value on the diagnostic's line.
    private func subject(of diagnostic: Diagnostic, in lines: [String]) -> String {
        guard let line = diagnostic.location?.line, line >= 1, line <= lines.count else { return "" }
        guard let key = (lines[..<line].last { !$0.hasPrefix(" ") && !$0.hasPrefix("- ") && !$0.hasPrefix("#") })?
            .split(separator: ":", maxSplits: 1).first.map(String.init) else { return "" }
        if key == "bears-on" {
            let entry = lines[..<line].drop { !$0.hasPrefix("bears-on:") }.filter { $0.hasPrefix("- ") }.count - 1
            guard draft.bearings.indices.contains(entry) else { return "--bears-on: " }
            let bearing = draft.bearings[entry]
            let parts = [bearing.recommendation, bearing.milestone, bearing.effect.rawValue, bearing.response?.rawValue].compactMap { $0 }
            return "--bears-on \(parts.joined(separator: ":")): "
        }
        return Self.options[key].map { "\($0): " } ?? ""
    }

    /// The message with each key named by its option ('due' → --due) and 'recorded' by what it is.
    private func reworded(_ message: String) -> String {
        var text = message.replacing("'recorded'", with: "the date recorded (today)")
        for (key, option) in Self.options { text = text.replacing("'\(key)'", with: option) }
        return text
    }
}
