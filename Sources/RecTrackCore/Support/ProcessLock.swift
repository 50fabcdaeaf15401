#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory `flock` on a lock file, held until this value is dropped or the process ends, however it ends: a
/// killed writer never leaves a stale lock. The holder's process id is written in the file, so a refused run can
/// say who holds it. `Snapshots/.lock` (``SnapshotLock``) and a site's `.site.lock` are taken this way.
public final class ProcessLock: Sendable {
    /// Why the lock was not taken.
    public enum Failure: Error, Sendable {
        /// Another process holds it; its process id when the file names one.
        case held(by: Int?)
        /// The file cannot be opened or locked; the system's reason.
        case cannotLock(String)
    }

    private let descriptor: Int32
    /// The lock file's path, when it is removed as the lock is released.
    private let removedPath: String?

    private init(descriptor: Int32, removing path: String?) {
        self.descriptor = descriptor
        self.removedPath = path
        let text = Array("\(getpid())\n".utf8)
        if ftruncate(descriptor, 0) == 0 {
            _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        }
    }

    deinit {
        // Removed while still held, so no process can take the lock on this file after it is gone from the folder.
        if let removedPath { unlink(removedPath) }
        close(descriptor)
    }

    /// Takes the lock on `path` (creating the file, never through a symbolic link), or fails at once when another
    /// process holds it. With `removing`, the file is removed when the lock is released, so nothing is left beside
    /// what was written; a process that took the lock on a file just removed sees it is gone and tries again.
    public static func take(_ path: String, removing: Bool = false) throws(Failure) -> ProcessLock {
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard descriptor >= 0 else { throw .cannotLock(String(cString: strerror(errno))) }
            while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                if errno == EINTR { continue }
                let code = errno
                let holder = holder(descriptor)
                close(descriptor)
                if code == EWOULDBLOCK { throw .held(by: holder) }
                throw .cannotLock(String(cString: strerror(code)))
            }
            if !removing || isStill(descriptor, at: path) {
                return ProcessLock(descriptor: descriptor, removing: removing ? path : nil)
            }
            close(descriptor)
        }
    }

    /// True when `path` still names the file open as `descriptor` (the holder before us did not remove it).
    private static func isStill(_ descriptor: Int32, at path: String) -> Bool {
        var open = stat(), named = stat()
        return fstat(descriptor, &open) == 0 && lstat(path, &named) == 0 && open.st_ino == named.st_ino && open.st_dev == named.st_dev
    }

    /// The process id written in the lock file, when there is one.
    private static func holder(_ descriptor: Int32) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int(String(decoding: buffer[0..<count], as: UTF8.self).trimmingWhitespace)
    }
}
