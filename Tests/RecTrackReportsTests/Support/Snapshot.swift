import Foundation
import RecTrackCore
import Testing

/// Golden-file comparison: `__Snapshots__/<name>` must equal the text byte for byte, after
/// volatile values (the tool's version) are replaced by placeholders.
///
/// `RECORD_SNAPSHOTS=1 swift test` rewrites the golden files instead of comparing.
enum Snapshot {
    /// The folder of golden files.
    static let folder = HostileFixture.testsFolder.appendingPathComponent("__Snapshots__")

    /// True when golden files are being rewritten.
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// The text with volatile values replaced: `rectrack 0.1.0` → `rectrack {{VERSION}}`.
    static func normalise(_ text: String) -> String {
        text.replacingOccurrences(of: "rectrack \(RecTrackVersion.current)", with: "rectrack {{VERSION}}")
    }

    /// Compares `text` with the golden file `name` (or records it).
    static func assert(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        let actual = normalise(text)
        if recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no golden file \(name); run RECORD_SNAPSHOTS=1 swift test to write it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            let want = line < a.count ? String(a[line]) : "<end of file>"
            let got = line < b.count ? String(b[line]) : "<end of file>"
            Issue.record("""
                \(name) differs from its golden file at line \(line + 1):
                  expected: \(want)
                  actual:   \(got)
                If the change is intended, run RECORD_SNAPSHOTS=1 swift test and review the diff.
                """, sourceLocation: sourceLocation)
        }
    }
}
