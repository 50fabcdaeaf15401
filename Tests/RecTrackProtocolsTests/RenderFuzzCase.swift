// What the renderer fuzz target (Fuzz/RenderTarget.swift) checks of every input that loads, shared with
// FuzzRegressionTests: a loaded tracker renders to every format of validate, status, show, the site (its feeds made
// from two snapshots), the brief, diff and the worklist without a trap and without a control or bidirectional character.
// (check's formats are made of the same parts, and are covered by HostileTextPropertyTests.)

import RecTrackCore
import RecTrackProtocols
import RecTrackReports
#if canImport(RecTrackTestSupport)
import RecTrackTestSupport
#endif

enum RenderFuzzCase {
    /// The first output that holds a forbidden character, named with the character; nil when every output is clean.
    static func problem(_ result: LoadResult) -> String? {
        for (name, output) in outputs(result) {
            // CSV ends its records with CRLF (RFC 4180); a carriage return anywhere else is still caught.
            let text = name.hasSuffix(".csv") ? output.replacing("\r\n", with: "\n") : output
            if let bad = SafeText.forbiddenCharacter(in: text) { return "\(name) holds \(bad)" }
        }
        return nil
    }

    /// Every output, by a name for messages.
    static func outputs(_ result: LoadResult) -> [(String, String)] {
        var outputs = DiagnosticsFormat.allCases.map {
            ("validate \($0)", DiagnosticsRenderer.render(result.diagnostics, fileCount: result.fileCount, format: $0))
        }
        guard let tracker = result.tracker else { return outputs }
        let today = FixedToday.day
        var environment = AssessmentEnvironment(root: tracker.root)
        environment.pluginDirectories = []
        let evaluator = Evaluator(tracker: tracker, environment: environment)
        let data = evaluator.evaluate(asOf: today, knownAt: nil, comparedWith: Evaluator.defaultComparison(for: today))
        let assessments = data.entries.map(\.assessment)
        for format in StatusFormat.allCases {
            outputs.append(("status \(format)", StatusRenderer(tracker: tracker, assessments: assessments, asOf: today, knownAt: nil).render(format)))
        }
        let evidence = RecommendationView.evidenceByID(tracker)
        for entry in data.entries {
            let view = RecommendationView(entry, in: tracker, evidenceByID: evidence)
            outputs.append(("show \(entry.recommendation.id)", ShowRenderer(view).render()))
            outputs.append(("show \(entry.recommendation.id) json", JSONOutput.encode(view)))
        }
        let snapshots = [Quarter("2019Q2")!, Quarter(containing: today).previous].map { quarter in
            Snapshot(quarter: quarter, tracker: tracker, assessments: evaluator.assessAll(asOf: quarter.lastDay), digests: [:],
                     gitCommit: nil, comparedWith: nil)
        }
        do {
            for file in try SiteRenderer(data, published: snapshots).render() { outputs.append(("site \(file.path)", file.contents)) }
        } catch {
            outputs.append(("site error", "\(error)"))
        }
        outputs.append(("brief", BriefRenderer(data).render()))
        let earlier = Day(year: 2019, month: 6, day: 30)!
        let diff = SnapshotDiff(from: .assessment(label: "2019Q2", asOf: earlier, assessments: evaluator.assessAll(asOf: earlier)),
                                to: .assessment(label: "now", asOf: today, assessments: assessments), tracker: tracker)
        let worklist = Worklist(tracker: tracker, assessments: assessments, diagnostics: result.diagnostics.diagnostics, asOf: today)
        for format in SectionFormat.allCases {
            outputs.append(("diff \(format)", DiffRenderer(diff: diff).render(format)))
            outputs.append(("worklist \(format)", WorklistRenderer(worklist: worklist).render(format)))
        }
        return outputs
    }
}
