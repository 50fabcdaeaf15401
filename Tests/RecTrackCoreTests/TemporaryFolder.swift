import Foundation

/// A fresh folder under the system's temporary folder, removed when the value is dropped.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "rectrack-core-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a text file at a path relative to the folder, creating folders on the way.
    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Creates a folder (and its parents) relative to this one.
    func makeFolder(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: path + "/" + relative, withIntermediateDirectories: true)
    }

    /// The text of a file relative to the folder.
    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path + "/" + relative, encoding: .utf8)
    }

    /// The names in a folder relative to this one, sorted, hidden ones included.
    func list(_ relative: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path + "/" + relative).sorted()
    }
}
