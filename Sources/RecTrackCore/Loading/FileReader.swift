#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one file, refusing what is too large before reading it.
public enum FileReader {
    /// The largest file rectrack reads: 1 MiB, far more than any record needs.
    public static let maximumSize = 1 << 20

    /// The file's bytes, or a message saying why it cannot be read.
    ///
    /// A relative `path` is taken from `folder`, an open folder's descriptor, when one is given.
    public static func read(_ path: String, in folder: Int32 = AT_FDCWD, limit: Int = maximumSize) -> Result<[UInt8], FileProblem> {
        // O_NONBLOCK: a named pipe or device must be refused, not waited on forever.
        let descriptor = openat(folder, path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { return .failure(FileProblem(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(FileProblem(errno: errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            let what = (info.st_mode & S_IFMT) == S_IFDIR ? "a folder" : "a pipe, device or socket"
            return .failure(FileProblem(.notRegularFile, "it is not a regular file (\(what)); remove it"))
        }
        let size = Int(info.st_size)
        if size > limit {
            return .failure(FileProblem(.fileTooLarge, "the file is \(NumberText.format(Double(size))) bytes; the limit is \(NumberText.format(Double(limit))) bytes (1 MiB): split it or remove what does not belong"))
        }
        // One byte more than fstat said, so a file that grew is noticed; a file read to its size needs no extra call.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var filled = 0
        while filled < bytes.count {
            if filled == size && size > 0 { break }
            let got = bytes.withUnsafeMutableBytes { FileDescriptor.read(descriptor, into: $0, from: filled) }
            if got < 0 { return .failure(FileProblem(errno: errno)) }
            if got == 0 { break }
            filled += got
        }
        if filled > limit {
            return .failure(FileProblem(.fileTooLarge, "the file grew past the limit of 1 MiB while it was read"))
        }
        bytes.removeLast(bytes.count - filled)
        return .success(bytes)
    }

    /// True when something exists at `path` (a link counts, even a broken one).
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The absolute path with every link resolved, or nil when it leads nowhere (a broken link or a loop).
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// True when `path` is a folder (following links).
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}

/// Why a file could not be read, in words.
public struct FileProblem: Error, Sendable, Equatable {
    /// What kind of problem it is.
    public var code: DiagnosticCode
    /// The message.
    public var message: String

    /// Creates a problem of the kind `code` with a message.
    public init(_ code: DiagnosticCode, _ message: String) {
        self.code = code
        self.message = message
    }

    /// Creates a problem from a system error number.
    public init(errno code: Int32) {
        self.code = .unreadableFile
        switch code {
        case ENOENT: message = "the file disappeared while rectrack was reading the tracker"
        case EACCES, EPERM: message = "permission denied: make the file readable (chmod a+r)"
        case ELOOP: message = "too many levels of symbolic links"
        case EISDIR: message = "it is a folder, not a file"
        default: message = "cannot read the file: \(String(cString: strerror(code)))"
        }
    }
}
