import Foundation
import RecTrackCore
import Testing

/// Golden files: output exactly as it must be, under `Tests/Fixtures/golden/`.
///
/// Volatile values are replaced by placeholders before anything is compared or written (the tool's version by
/// `{{VERSION}}`), so a golden file changes only when the output does. A `.json` file is compared as JSON (key
/// order and spacing do not matter); any other file byte for byte, with the first differing line in the failure.
/// `RECORD_SNAPSHOTS=1 swift test` rewrites the files instead of comparing: review the difference in git.
public enum Golden {
    /// `Tests/Fixtures/golden`.
    public static let folder = Fixtures.url("golden")

    /// True when golden files are being rewritten (`RECORD_SNAPSHOTS=1`).
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// The text with volatile values replaced: `rectrack 0.1.0` becomes `rectrack {{VERSION}}`.
    public static func normalise(_ text: String) -> String {
        text.replacingOccurrences(of: "rectrack \(RecTrackVersion.current)", with: "rectrack {{VERSION}}")
    }

    /// Compares `text` with the golden file at `name` (a path under the golden folder), or records it.
    public static func assert(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        let actual = normalise(text)
        if isRecording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no golden file \(name): run RECORD_SNAPSHOTS=1 swift test to write it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if name.hasSuffix(".json") {
            let a = try JSONSerialization.jsonObject(with: Data(actual.utf8)) as? NSObject
            let b = try JSONSerialization.jsonObject(with: data) as? NSObject
            if a == nil || a != b { Issue.record(Comment(rawValue: difference(name, expected, actual, comparedAs: "JSON")), sourceLocation: sourceLocation) }
        } else if expected != actual {
            Issue.record(Comment(rawValue: difference(name, expected, actual, comparedAs: "text")), sourceLocation: sourceLocation)
        }
    }

    /// The failure message: the first line that differs, and how to accept the change.
    private static func difference(_ name: String, _ expected: String, _ actual: String, comparedAs kind: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        let want = line < a.count ? String(a[line]) : "<end of file>"
        let got = line < b.count ? String(b[line]) : "<end of file>"
        return """
            \(name) differs from its golden file (compared as \(kind)); the first differing line is \(line + 1):
              expected: \(want)
              actual:   \(got)
            If the change is intended, run RECORD_SNAPSHOTS=1 swift test and review the diff.
            """
    }
}
