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

    private init(descriptor: Int32) {
        self.descriptor = descriptor
        let text = Array("\(getpid())\n".utf8)
        if ftruncate(descriptor, 0) == 0 {
            _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        }
    }

    deinit {
        close(descriptor)
    }

    /// Takes the lock on `path` (creating the file, never through a symbolic link), or fails at once when another
    /// process holds it.
    public static func take(_ path: String) throws(Failure) -> ProcessLock {
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
        return ProcessLock(descriptor: descriptor)
    }

    /// The process id written in the lock file, when there is one.
    private static func holder(_ descriptor: Int32) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int(String(decoding: buffer[0..<count], as: UTF8.self).trimmingWhitespace)
    }
}
