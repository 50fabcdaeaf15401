import Foundation

/// A temporary copy of a tracker, removed when dropped.
final class FixtureFolder {
    /// The tracker's root.
    let path: String
    /// Where test output goes, beside the tracker.
    let scratch: String

    /// The fixtures' folder.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Fixtures"

    /// A copy of `Fixtures/quarterly/tracker`.
    static func quarterly() throws -> FixtureFolder {
        let folder = try FixtureFolder()
        try folder.copyContents(of: fixtures + "/quarterly/tracker")
        return folder
    }

    /// A copy of the repository's own tracker (Recommendations/ and Evidence/).
    static func shipped() throws -> FixtureFolder {
        let folder = try FixtureFolder()
        for name in ["Recommendations", "Evidence"] {
            try FileManager.default.copyItem(atPath: RecTrackBinary.packageRoot + "/" + name, toPath: folder.path + "/" + name)
        }
        return folder
    }

    private init() throws {
        let base = NSTemporaryDirectory() + "rectrack-e2e-" + UUID().uuidString
        path = base + "/tracker"
        scratch = base + "/scratch"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }

    /// Copies every file under `source` into the tracker, replacing files of the same path.
    func copyContents(of source: String) throws {
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: source) else { throw TestSetupError("cannot read \(source)") }
        for case let relative as String in walker {
            var isFolder: ObjCBool = false
            _ = manager.fileExists(atPath: source + "/" + relative, isDirectory: &isFolder)
            let target = path + "/" + relative
            if isFolder.boolValue {
                try manager.createDirectory(atPath: target, withIntermediateDirectories: true)
            } else {
                if manager.fileExists(atPath: target) { try manager.removeItem(atPath: target) }
                try manager.copyItem(atPath: source + "/" + relative, toPath: target)
            }
        }
    }

    /// Adds the files of `Fixtures/quarterly/quarter-N`.
    func addQuarter(_ number: Int) throws {
        try copyContents(of: FixtureFolder.fixtures + "/quarterly/quarter-\(number)")
    }

    /// Runs rectrack here.
    func run(_ arguments: String..., today: String, input: String? = nil) throws -> RunResult {
        try RecTrackBinary.run(arguments, in: path, today: today, input: input)
    }

    /// The bytes of a file relative to the root, or nil.
    func bytes(_ relative: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path + "/" + relative).map { Array($0) }
    }

    /// Writes a text file relative to the root.
    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The names in a folder relative to the root, sorted (hidden ones included); empty when it does not exist.
    func list(_ relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path + "/" + relative)) ?? []).sorted()
    }
}
