import Foundation

/// A fresh folder under the system's temporary folder, removed with everything in it when the value is dropped.
public final class TemporaryFolder {
    /// The folder's absolute path.
    public let path: String

    /// Creates an empty folder.
    public init() throws {
        path = NSTemporaryDirectory() + "rectrack-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A folder holding a copy of everything under `source` (a fixture tracker, say).
    public static func copy(of source: URL) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.copyContents(of: source)
        return folder
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The folder as a file URL.
    public var url: URL { URL(fileURLWithPath: path) }

    /// The absolute path of a path relative to the folder.
    public func path(_ relative: String) -> String {
        relative.isEmpty ? path : path + "/" + relative
    }

    /// Copies every file under `source` into the folder, replacing files of the same relative path.
    public func copyContents(of source: URL) throws {
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: source.path) else { throw TestSetupError("cannot read \(source.path)") }
        for case let relative as String in walker {
            var isFolder: ObjCBool = false
            _ = manager.fileExists(atPath: source.path + "/" + relative, isDirectory: &isFolder)
            let target = path(relative)
            if isFolder.boolValue {
                try manager.createDirectory(atPath: target, withIntermediateDirectories: true)
            } else {
                if manager.fileExists(atPath: target) { try manager.removeItem(atPath: target) }
                try manager.copyItem(atPath: source.path + "/" + relative, toPath: target)
            }
        }
    }

    /// Writes a text file at a path relative to the folder, creating folders on the way.
    public func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    /// Writes bytes at a path relative to the folder, creating folders on the way.
    public func write(_ relative: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Creates a folder (and its parents) relative to this one.
    public func makeFolder(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: path(relative), withIntermediateDirectories: true)
    }

    /// The text of a file relative to the folder.
    public func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    /// The bytes of a file relative to the folder, or nil when there is none.
    public func bytes(_ relative: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path(relative)).map { Array($0) }
    }

    /// The names in a folder relative to this one, sorted, hidden ones included; empty when it does not exist.
    public func list(_ relative: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path(relative))) ?? []).sorted()
    }

    /// Every file (not folder) under a folder relative to this one, recursively, as paths relative to that folder, sorted.
    public func files(under relative: String = "") -> [String] {
        let base = path(relative)
        return (FileManager.default.enumerator(atPath: base)?.allObjects as? [String] ?? []).filter { file in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: base + "/" + file, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
    }
}
