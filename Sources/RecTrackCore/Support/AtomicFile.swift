#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old content or the new, never a part.
///
/// The bytes go to a temporary file in the same folder (its name starts with a
/// dot, so folder scanners skip it), which is flushed to disk and then renamed
/// over the target; the folder is flushed too, so the rename survives a crash.
/// A process killed part-way leaves at most a hidden temporary file behind.
public enum AtomicFile {
    /// Writes `bytes` to `path`, replacing any file there in one step.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let (folder, name) = FileSystem.split(path)
        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<8 {
            temporary = folder + "/." + name + ".\(getpid()).\(UInt32.random(in: 0 ... .max)).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else {
            throw AtomicFileError(path: path, step: "could not create a temporary file in \(folder)", code: errno)
        }
        var closed = false
        defer { if !closed { close(descriptor) } }
        do {
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { buffer in
                    Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw AtomicFileError(path: path, step: "could not write the temporary file", code: errno)
                }
                offset += written
            }
            guard fsync(descriptor) == 0 else {
                throw AtomicFileError(path: path, step: "could not flush the temporary file to disk", code: errno)
            }
            closed = true
            guard close(descriptor) == 0 else {
                throw AtomicFileError(path: path, step: "could not close the temporary file", code: errno)
            }
            guard rename(temporary, path) == 0 else {
                throw AtomicFileError(path: path, step: "could not move the temporary file into place", code: errno)
            }
        } catch {
            unlink(temporary)
            throw error
        }
        FileSystem.syncFolder(folder)
    }
}

/// Why a file could not be written, in words: the path, the step that failed and the system's reason.
public struct AtomicFileError: Error, CustomStringConvertible, Sendable {
    /// The whole message.
    public let message: String

    init(path: String, step: String, code: Int32) {
        message = "cannot write \(path): \(step) (\(String(cString: strerror(code))))"
    }

    public var description: String { message }
}
