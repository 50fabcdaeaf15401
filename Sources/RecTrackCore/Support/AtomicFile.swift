#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader sees the old file or the new one, never half of either.
///
/// The bytes go to a temporary file in the same folder (so the rename cannot
/// cross file systems), are flushed to disk with `fsync`, and the temporary
/// file is then renamed over the target; the folder is synced too so the
/// rename itself survives a crash.
public enum AtomicFile {
    /// Why a file could not be written, in words that name the path.
    public struct WriteError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The message, e.g. "cannot write site/index.html: No such file or directory".
        public var message: String

        /// Creates an error with a message.
        public init(_ message: String) { self.message = message }

        public var description: String { message }
    }

    /// Writes `bytes` to `path` through a temporary file, `fsync` and `rename`.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let folder = folder(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        // mkstemp makes a unique name with O_EXCL, so two writers never share a temporary file.
        var template = Array(((folder == "." && !path.hasPrefix("./") ? "" : folder + "/") + ".\(name).tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(path, errno) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        _ = fchmod(descriptor, 0o644)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                unlink(temporary)
                throw failure(path, code)
            }
            offset += written
        }
        if fsync(descriptor) != 0 {
            let code = errno
            close(descriptor)
            unlink(temporary)
            throw failure(path, code)
        }
        if close(descriptor) != 0 {
            let code = errno
            unlink(temporary)
            throw failure(path, code)
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw failure(path, code)
        }
        // Best effort: some file systems refuse fsync on a folder, and the data is already safe.
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            _ = fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Creates `path` and any missing folders above it, like `mkdir -p`.
    public static func createFolder(_ path: String) throws {
        var current = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            current += (current.isEmpty || current.hasSuffix("/") ? "" : "/") + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw failure(current, errno, verb: "create the folder")
            }
            guard FileReader.isDirectory(current) else {
                throw WriteError("cannot create the folder \(current): something that is not a folder is already there")
            }
        }
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    private static func failure(_ path: String, _ code: Int32, verb: String = "write") -> WriteError {
        WriteError("cannot \(verb) \(path): \(String(cString: strerror(code)))")
    }
}
