import Foundation
import Testing
import RecTrackCore
import RecTrackTestSupport

/// The catalogue of diagnostic codes (``DiagnosticCode``): complete, well formed, used, and every example that
/// is a file really yields its code. Codes are unique by construction: they are the enum's raw values.
@Suite("The catalogue of diagnostic codes")
struct DiagnosticCatalogueTests {
    /// `Sources/`, whose Swift files report the codes.
    private static let sources = Fixtures.inPackage("Sources")

    @Test("each code is RT and four digits; each name is kebab-case and its own; each entry has a summary, an example and a fix")
    func entriesAreWellFormed() {
        var names: [String: DiagnosticCode] = [:]
        for code in DiagnosticCode.allCases {
            let entry = code.entry
            #expect(code.code.count == 6 && code.code.hasPrefix("RT") && code.code.dropFirst(2).allSatisfy { ("0"..."9").contains($0) },
                    "\(code.code)")
            #expect(Identifier.isKebabCase(entry.name), "\(code.code) is named '\(entry.name)'")
            #expect(DiagnosticArea.allCases.contains { code.code.hasPrefix($0.rawValue) }, "\(code.code) is in no area")
            if let other = names.updateValue(code, forKey: entry.name) {
                Issue.record("\(other.code) and \(code.code) are both named '\(entry.name)'")
            }
            #expect(entry.summary.hasSuffix("."), "\(code.label): the summary is one sentence")
            #expect(entry.fix.hasSuffix("."), "\(code.label): the fix is a sentence")
            switch entry.example {
            case .file(let path, let text):
                #expect(["Evidence/", "Recommendations/", "Replies/"].contains { path.hasPrefix($0) }, "\(code.label): \(path)")
                #expect(!text.isEmpty, "\(code.label)")
            case .situation(let words):
                #expect(!words.isEmpty, "\(code.label)")
            }
        }
    }

    @Test("a code or a name finds its entry, in any case for a code; anything else finds nothing")
    func lookUp() {
        #expect(DiagnosticCode(codeOrName: "RT0103") == .unknownKey)
        #expect(DiagnosticCode(codeOrName: "rt0103") == .unknownKey)
        #expect(DiagnosticCode(codeOrName: "unknown-key") == .unknownKey)
        #expect(DiagnosticCode(codeOrName: "RT9999") == nil)
        #expect(DiagnosticCode(codeOrName: "unknown key") == nil)
        #expect(DiagnosticCode.unknownKey.label == "RT0103 unknown-key")
    }

    @Test("every code is reported somewhere in the sources")
    func everyCodeIsUsed() throws {
        var text = ""
        let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift", !file.lastPathComponent.hasPrefix("DiagnosticCode") else { continue }
            text += try String(contentsOf: file, encoding: .utf8)
        }
        #expect(text.count > 100_000, "the sources were not found at \(Self.sources.path)")
        for code in DiagnosticCode.allCases {
            let reference = "." + String(describing: code)
            let used = text.components(separatedBy: reference).dropFirst().contains { rest in
                !(rest.first.map { $0.isLetter || $0.isNumber } ?? false)
            }
            #expect(used, "\(code.label) is in the catalogue, but no source file reports \(reference)")
        }
    }

    /// The codes whose example is a file.
    static let fileExamples = DiagnosticCode.allCases.filter {
        if case .file = $0.entry.example { return true }
        return false
    }

    @Test("every example that is a file, added to the base tracker, yields its code there and nothing else", arguments: fileExamples)
    func exampleYieldsItsCode(_ code: DiagnosticCode) throws {
        guard case .file(let path, let text) = code.entry.example else { return }
        let tracker = try BaseTracker.copy()
        try tracker.write(path, text)
        let found = BaseTracker.loader.load(root: tracker.path).diagnostics.diagnostics.filter { $0.path == path }
        #expect(found.contains { $0.code == code }, "\(code.label): \(found.map(\.formatted))")
        // Evidence or a reply dated after today was necessarily recorded before its date.
        let alsoExpected: Set<DiagnosticCode> = code == .dateInFuture ? [.recordedBeforeDate] : code == .replyDateInFuture ? [.replyRecordedBeforeDate] : []
        #expect(found.allSatisfy { $0.code == code || alsoExpected.contains($0.code) }, "\(code.label): \(found.map(\.formatted))")
    }

    @Test("the setting the examples are written against is the base tracker")
    func settingIsTheBaseTracker() throws {
        let result = BaseTracker.loader.load(root: Fixtures.baseTracker.path)
        let loaded = try #require(result.tracker)
        #expect(loaded.recommendations.map(\.id) == ["R1", "R2"])
        #expect(loaded.evidence.map(\.id).contains("2020-01-15-strategy-published"))
        for word in ["R1", "R2", "strategy-published", "strategy-funded", "turnover-rate", "children-looked-after", "DfE", "DCLG", "LGA",
                     "2020-01-15-strategy-published", "2026-11-23"] {
            #expect(DiagnosticExample.setting.contains(word), "the setting does not mention \(word)")
        }
        #expect(FixedToday.text == "2026-11-23")
    }
}
