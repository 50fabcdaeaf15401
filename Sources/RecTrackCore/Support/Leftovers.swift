#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The hidden temporary files rectrack's writers make, which a run killed part-way leaves behind: recognised by name,
/// and removed once the process that made them has ended (its id is in the name), so a run never removes a file
/// another run is still writing.
public enum Leftovers {
    /// True for a temporary file of ``AtomicFile`` (`.index.html.tmp-1234-Ab12Cd`; older ones have no process id,
    /// `.index.html.tmp-Ab12Cd`) or of ``ExclusiveFile`` (`.2026-01-02-x.yaml.1234.99.new`).
    public static func isTemporaryName(_ name: String) -> Bool {
        name.hasPrefix(".") && (name.contains(".tmp-") || name.hasSuffix(".new"))
    }

    /// The id of the process that made a temporary file, when its name says.
    static func writer(of name: String) -> pid_t? {
        if let marker = name.ranges(of: ".tmp-").last {
            let parts = name[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
            return parts.count == 2 ? pid_t(parts[0]) : nil
        }
        guard name.hasSuffix(".new") else { return nil }
        let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 3 ? pid_t(parts[parts.count - 2]) : nil
    }

    /// True while the process `pid` exists (one that we may not signal exists too).
    static func isRunning(_ pid: pid_t) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// Removes the temporary files in `folder` whose writer has ended, and returns their names.
    @discardableResult
    public static func removeAbandoned(in folder: String) -> [String] {
        var removed: [String] = []
        for name in FileSystem.names(in: folder) ?? [] where isTemporaryName(name) {
            guard let pid = writer(of: name), pid != getpid(), !isRunning(pid) else { continue }
            var info = stat()
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            if unlink(path) == 0 { removed.append(name) }
        }
        return removed
    }
}
