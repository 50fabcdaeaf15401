#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a folder whole, so that a reader sees the old folder or the new one, never a mix.
///
/// The new folder is built as a hidden sibling of the target (`.site.new-<pid>`, on the same file system), then
/// switched in with two renames (the old one away to `.site.old-<pid>`, the new one in) and the old one removed.
/// Writers hold a lock beside the target (`.site.lock`, removed when the run ends), so two runs never build into or
/// switch the same folder at once; with the lock held, what a killed run left beside the target is removed first. A folder rectrack did not
/// write (one without the marker file in it) is never replaced when it holds anything, since replacing it would
/// delete the user's files.
public enum WholeFolder {
    /// The file that says rectrack wrote a folder, and so may replace it whole.
    public struct Marker: Sendable {
        /// The file's name inside the folder, such as `.rectrack-site`.
        public var name: String
        /// What the file says to a person who opens it.
        public var text: String

        /// Creates a marker.
        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }

    /// Builds a new folder with `build` (given its path; it must write every file the folder holds) and puts it at
    /// `path` in one step, under the lock; `what` names the writer in messages ("report"). Throws
    /// ``AtomicFile/WriteError`` naming the path; when it throws, the folder at `path` is as it was.
    public static func replace(_ path: String, marker: Marker, what: String, build: (String) throws -> Void) throws {
        var target = path
        // A target that is a link (site → /var/www/html) is the folder the user named: replace the folder it leads
        // to, beside it, rather than the link.
        if isLink(path) {
            guard let real = FileReader.realPath(path) else {
                throw AtomicFile.WriteError("cannot write \(path): it is a symbolic link that leads nowhere")
            }
            target = real
        }
        let (parent, name) = FileSystem.split(target)
        try AtomicFile.createFolder(parent)
        let lock: ProcessLock
        do {
            lock = try ProcessLock.take(join(parent, ".\(name).lock"), removing: true)
        } catch {
            switch error {
            case .held(let holder):
                let who = holder.map { " (process \($0))" } ?? ""
                throw AtomicFile.WriteError("another rectrack \(what) is writing \(path)\(who): it holds .\(name).lock beside it. Wait for it to finish, then run again")
            case .cannotLock(let why):
                throw AtomicFile.WriteError("cannot lock .\(name).lock beside \(path): \(why)")
            }
        }
        defer { withExtendedLifetime(lock) {} }
        removeAbandoned(name, in: parent)
        let exists = FileReader.exists(target)
        if exists {
            guard FileReader.isDirectory(target) else {
                throw AtomicFile.WriteError("cannot write \(path): something that is not a folder is already there")
            }
            let names = FileSystem.names(in: target) ?? []
            guard names.isEmpty || names.contains(marker.name) else {
                throw AtomicFile.WriteError("\(path) holds files rectrack did not write (it has no \(marker.name)); rectrack \(what) replaces the whole folder, so it will not replace this one. Name a new or empty folder; if an earlier rectrack \(what) wrote it, remove it and run again")
            }
        }
        let fresh = join(parent, ".\(name).new-\(getpid())")
        guard mkdir(fresh, 0o755) == 0 else {
            throw AtomicFile.WriteError("cannot create a folder beside \(path): \(String(cString: strerror(errno)))")
        }
        do {
            try build(fresh)
            try AtomicFile.write(Array(marker.text.utf8), to: join(fresh, marker.name))
        } catch {
            removeTree(fresh)
            throw error
        }
        let old = join(parent, ".\(name).old-\(getpid())")
        if exists && rename(target, old) != 0 {
            let code = errno
            removeTree(fresh)
            // A mount point (a container's volume) cannot be renamed, so it can never be replaced whole.
            let hint = code == EBUSY ? "; the folder is a mount point, which is never replaced whole: give a folder inside it, such as \(join(path, "site"))" : ""
            throw AtomicFile.WriteError("cannot move the old \(path) aside: \(String(cString: strerror(code)))\(hint)")
        }
        if rename(fresh, target) != 0 {
            let code = errno
            if exists { rename(old, target) }
            removeTree(fresh)
            throw AtomicFile.WriteError("cannot put the new \(path) in place: \(String(cString: strerror(code)))")
        }
        FileSystem.syncFolder(parent)
        if exists { removeTree(old) }
    }

    /// Removes the folders a killed run left beside `name` (`.site.new-…`, `.site.old-…`); only called with the lock
    /// held, when no other run can be part-way through.
    private static func removeAbandoned(_ name: String, in parent: String) {
        for entry in FileSystem.names(in: parent) ?? []
        where entry.hasPrefix(".\(name).new-") || entry.hasPrefix(".\(name).old-") {
            removeTree(join(parent, entry))
        }
    }

    /// Removes `path` and everything below it, never following a symbolic link (a link is removed, not its target).
    static func removeTree(_ path: String) {
        if !isLink(path) && FileReader.isDirectory(path) {
            for entry in FileSystem.names(in: path) ?? [] { removeTree(join(path, entry)) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    private static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    private static func join(_ a: String, _ b: String) -> String { a.hasSuffix("/") ? a + b : a + "/" + b }
}
