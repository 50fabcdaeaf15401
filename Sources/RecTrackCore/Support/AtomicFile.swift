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
        // mkstemp makes a unique name with O_EXCL, so two writers never share a temporary file; the process id in
        // the name lets a later run know the file was abandoned once this process has ended (``Leftovers``).
        var template = Array(((folder == "." && !path.hasPrefix("./") ? "" : folder + "/") + ".\(name).tmp-\(getpid())-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(path, errno) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        _ = fchmod(descriptor, 0o644)
        if let code = FileDescriptor.writeAll(bytes, to: descriptor) {
            close(descriptor)
            unlink(temporary)
            throw failure(path, code)
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

    /// Writes `bytes` to `relative` under `root`, refusing when any folder between them is a symbolic link: rectrack
    /// writes only inside the folder it was asked to write to, and never through a link that may lead out of it.
    public static func write(_ bytes: [UInt8], to relative: String, under root: String) throws {
        let path = join(root, relative)
        try refuseLinks(between: root, and: folder(of: path), writing: path)
        try write(bytes, to: path)
    }

    /// Creates `relative` and any missing folders between it and `root` (which must exist or be creatable),
    /// refusing to pass through a symbolic link below `root`.
    public static func createFolder(_ relative: String, under root: String) throws {
        try createFolder(root)
        let path = join(root, relative)
        try refuseLinks(between: root, and: path, writing: path)
        try createFolder(path)
        try refuseLinks(between: root, and: path, writing: path)
    }

    /// `root/relative`, without doubling the slash.
    public static func join(_ root: String, _ relative: String) -> String {
        relative.isEmpty ? root : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
    }

    /// Throws when a folder below `root` on the way to `folder` (inclusive) is a symbolic link.
    private static func refuseLinks(between root: String, and folder: String, writing path: String) throws {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard folder.hasPrefix(prefix) else { return }
        var current = root.hasSuffix("/") ? String(root.dropLast()) : root
        for part in folder.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: true) {
            current += "/" + part
            var info = stat()
            guard lstat(current, &info) == 0 else { return }  // not there yet: it will be created as a folder
            if (info.st_mode & S_IFMT) == S_IFLNK {
                let target = FileReader.realPath(current).map { " (to \($0))" } ?? ""
                throw WriteError("cannot write \(path): \(current) is a symbolic link\(target); rectrack never writes through a link below the folder it writes to. Remove the link, or write somewhere else")
            }
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
