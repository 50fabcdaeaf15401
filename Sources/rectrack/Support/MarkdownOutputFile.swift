#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RecTrackCore

/// Where `report --format markdown` and `report --for-reply` write with `--output`: a new file, or a brief or reply pack
/// rectrack wrote before, replaced whole. Any other file at the path is the user's (a record, a note, a device such
/// as /dev/full) and is left as it is, with a message and exit 73.
enum MarkdownOutputFile {
    /// Writes `text` to `path` through ``AtomicFile``, after checking that nothing but rectrack's own output is there.
    static func write(_ text: String, to path: String) throws {
        var info = stat()
        if lstat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFREG else {
                throw AtomicFile.WriteError("cannot write \(path): something other than a plain file is there (a folder, a link or a device); give the path of a new file")
            }
            guard isRectrackMarkdown(at: path) else {
                throw AtomicFile.WriteError("\(path) already exists and is not a brief or reply pack that rectrack wrote, so rectrack leaves it as it is: give another path, or move the file away first")
            }
        }
        try AtomicFile.write(Array(text.utf8), to: path)
    }

    /// True when the file at `path` opens as every brief and reply pack does: a `# ` heading on its first line, and
    /// on its third the italic line that ends with the version that wrote it (`…; rectrack 0.1.0.*`).
    static func isRectrackMarkdown(at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var head = [UInt8](repeating: 0, count: 4096)
        var count = 0
        while count < head.count {
            let read = head.withUnsafeMutableBytes { FileDescriptor.read(descriptor, into: $0, from: count) }
            if read <= 0 { break }
            count += read
        }
        return isRectrackMarkdown(head: String(decoding: head[..<count], as: UTF8.self))
    }

    /// ``isRectrackMarkdown(at:)`` for the file's first bytes.
    static func isRectrackMarkdown(head: String) -> Bool {
        let lines = head.split(separator: "\n", maxSplits: 3, omittingEmptySubsequences: false)
        guard lines.count > 3, lines[0].hasPrefix("# "), lines[1].isEmpty, lines[2].hasPrefix("*") else { return false }
        return lines[2].wholeMatch(of: /\*.*; rectrack [0-9A-Za-z.+-]+\.\*/) != nil
    }
}
