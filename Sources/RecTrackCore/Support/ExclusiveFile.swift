#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates a file that must not exist yet, all at once: never a partial file, never over another file.
///
/// The bytes are first written in full to a hidden staging file (with
/// ``AtomicFile``), which is then hard-linked to the target: `link` refuses to
/// replace an existing file, so two writers can never overwrite each other.
/// Evidence files and snapshots are written this way.
public enum ExclusiveFile {
    /// Why the file was not created.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// Something is already at the path; nothing was written.
        case exists(String)
        /// The system refused; the message says where and why.
        case cannotWrite(String)

        public var description: String {
            switch self {
            case .exists(let path): return "\(path) already exists; rectrack never overwrites it"
            case .cannotWrite(let message): return message
            }
        }
    }

    /// Creates `path` holding `bytes`; throws ``Failure/exists(_:)`` when the path is taken.
    public static func create(_ bytes: [UInt8], at path: String) throws(Failure) {
        if FileReader.exists(path) { throw .exists(path) }
        let (folder, name) = FileSystem.split(path)
        let staged = folder + "/." + name + ".\(getpid()).\(UInt32.random(in: 0 ... .max)).new"
        do {
            try AtomicFile.write(bytes, to: staged)
        } catch let error as AtomicFile.WriteError {
            // The staging file is ours, not the person's: the message names the file they asked for.
            throw .cannotWrite(error.message.replacing(staged, with: path))
        } catch {
            throw .cannotWrite("cannot create \(path): \(error)")
        }
        defer { unlink(staged) }
        if link(staged, path) != 0 {
            let code = errno
            if code == EEXIST { throw .exists(path) }
            // File systems without hard links: fall back to a checked rename. The
            // snapshot lock still keeps two checks apart; only evidence added by two
            // people in the same instant could then collide.
            guard code == EPERM || code == EOPNOTSUPP || code == EXDEV || code == EMLINK else {
                throw .cannotWrite("cannot create \(path): \(String(cString: strerror(code)))")
            }
            if FileReader.exists(path) { throw .exists(path) }
            guard rename(staged, path) == 0 else {
                throw .cannotWrite("cannot create \(path): \(String(cString: strerror(errno)))")
            }
        }
        FileSystem.syncFolder(folder)
    }
}
