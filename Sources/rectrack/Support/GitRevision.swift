import Foundation

/// The commit a tracker's git work tree has checked out, for a snapshot's provenance.
enum GitRevision {
    /// The full hash of `HEAD`, or nil when the folder is not in a git work tree, has no commit yet,
    /// or git is not installed.
    static func head(of root: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root, "rev-parse", "--verify", "--quiet", "HEAD"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let hash = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let isHex = !hash.isEmpty && hash.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
        return isHex && (hash.count == 40 || hash.count == 64) ? hash : nil
    }
}
