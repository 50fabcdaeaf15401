import RecTrackCore

/// `check --format junit`: a JUnit XML report; each recommendation is a test case and a failed condition a failure.
struct CheckJUnitRenderer {
    /// The check and what the formats share.
    let check: CheckRenderer

    /// The XML.
    func render() -> String {
        struct Case { var name: String; var failures: [CheckFailure]; var output: String }
        var cases: [Case] = check.assessments.map { a in
            var output = "\(a.status.rawValue) \(NumberText.format(a.progress))%"
            if let trend = a.trend { output += " (was \(trend.previousStatus.rawValue) \(NumberText.format(trend.previousProgress))% on \(trend.since))" }
            for flag in AssessmentFlag.flags(of: a) { output += "; \(flag.rawValue)" }
            output += ". \(a.reason)"
            return Case(name: "\(a.recommendation) \(a.title)", failures: check.result.failures.filter { $0.recommendation == a.recommendation }, output: output)
        }
        cases.append(Case(name: "tracker validation", failures: check.result.failures.filter { $0.recommendation == nil },
                          output: check.diagnostics.summary))
        // A snapshot that could not be recorded fails the run (73): a test case of its own, so CI shows it too.
        var snapshotCase = ""
        if case .notWritten(let path, let problem) = check.result.snapshotOutcome {
            snapshotCase = "    <testcase classname=\"rectrack.check.\(check.result.quarter)\" name=\"snapshot \(XML.escape(path))\">\n"
                + "      <failure type=\"snapshot-not-written\" message=\"\(XML.escape("\(problem)"))\">\(XML.escape(check.snapshotSentence))</failure>\n"
                + "    </testcase>\n"
        }
        let extra = snapshotCase.isEmpty ? 0 : 1
        let failed = cases.filter { !$0.failures.isEmpty }.count + extra
        let suite = XML.escape("\(check.tracker.report.title) \(check.result.quarter)")
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"rectrack check\" tests=\"\(cases.count + extra)\" failures=\"\(failed)\" errors=\"0\">\n"
        out += "  <testsuite name=\"\(suite)\" tests=\"\(cases.count + extra)\" failures=\"\(failed)\" errors=\"0\" skipped=\"0\">\n"
        for item in cases {
            out += "    <testcase classname=\"rectrack.check.\(check.result.quarter)\" name=\"\(XML.escape(item.name))\">\n"
            for failure in item.failures {
                out += "      <failure type=\"\(failure.condition.rawValue)\" message=\"\(XML.escape(failure.message))\">\(XML.escape(check.explanation(failure)))</failure>\n"
            }
            out += "      <system-out>\(XML.escape(item.output))</system-out>\n"
            out += "    </testcase>\n"
        }
        out += snapshotCase
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }
}
