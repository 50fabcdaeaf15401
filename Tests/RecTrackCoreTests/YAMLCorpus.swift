import Foundation
@testable import RecTrackCore
import RecTrackTestSupport

/// Inputs and a describing of trees for tests that compare two ways of reading the same YAML.
enum YAMLCorpus {
    /// Every file the tests and the shipped tracker hold: records, bad input, fuzz corpus and regressions.
    static func files() throws -> [(name: String, bytes: [UInt8])] {
        let testsRoot = Fixtures.root.deletingLastPathComponent()
        let repository = testsRoot.deletingLastPathComponent()
        var files: [(String, [UInt8])] = []
        for folder in [testsRoot, repository.appendingPathComponent("Recommendations"), repository.appendingPathComponent("Evidence")] {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walker {
                let path = url.path
                let isCorpus = path.contains("/fuzz-corpus/") || path.contains("/fuzz-regressions/")
                guard isCorpus || url.pathExtension == "yaml" else { continue }
                guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
                files.append((path, Array(try Data(contentsOf: url))))
            }
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// The shipped tracker's evidence files.
    static func shippedEvidence() throws -> [(name: String, bytes: [UInt8])] {
        try files().filter { $0.name.contains("/Evidence/") && !$0.name.contains("/Tests/") }
    }

    /// A node as text, with every position and scalar style, so two trees compare whole.
    static func describe(_ node: YAMLNode) -> String {
        let at = "@\(node.location.line):\(node.location.column)"
        switch node.content {
        case .scalar(let text, let plain):
            return "\(plain ? "plain" : "styled")\(at)\(text.debugDescription)"
        case .sequence(let items):
            return "[\(at) " + items.map(describe).joined(separator: ", ") + "]"
        case .mapping(let entries):
            return "{\(at) " + entries.map { "\($0.key.debugDescription)@\($0.keyLocation.line):\($0.keyLocation.column): \(describe($0.value))" }
                .joined(separator: ", ") + "}"
        }
    }
}
