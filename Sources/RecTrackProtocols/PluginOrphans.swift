#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CProcessControl
import Synchronization

/// The plugins running now, and what their descendants leave behind when they detach.
///
/// rectrack asks the kernel to hand it the orphans of its descendants (a "subreaper"), so a plugin's
/// grandchild that started a session of its own still ends up a child of rectrack once the plugin is gone.
/// Any child of rectrack that is not a running plugin is such an orphan: rectrack starts no other process
/// while plugins run. Spawning and sweeping take the same lock, so a plugin being started is never swept.
enum PluginOrphans {
    private static let running = Mutex(Set<pid_t>())
    /// Asked once per process, before the first plugin starts.
    private static let adopting: Bool = rectrack_become_subreaper() == 0

    /// Starts a plugin with `spawn` (which returns its pid, or nil) and records it as running, under the lock.
    static func start(_ spawn: () -> pid_t?) -> pid_t? {
        _ = adopting
        return running.withLock { set in
            guard let pid = spawn() else { return nil }
            set.insert(pid)
            return pid
        }
    }

    /// The plugin has ended and been waited for.
    static func finished(_ pid: pid_t) {
        _ = running.withLock { $0.remove(pid) }
    }

    /// Kills and reaps every child of this process that is not a running plugin, with its process group.
    /// Returns how many it found.
    @discardableResult
    static func sweep() -> Int {
        guard adopting else { return 0 }
        return running.withLock { plugins in
            let orphans = childProcesses().filter { !plugins.contains($0) }
            for orphan in orphans {
                kill(-orphan, SIGKILL)
                kill(orphan, SIGKILL)
                var status: Int32 = 0
                waitpid(orphan, &status, 0)
            }
            return orphans.count
        }
    }

    /// The pids whose parent is this process, read from /proc (Linux); empty elsewhere.
    private static func childProcesses() -> [pid_t] {
        let me = getpid()
        guard let directory = opendir("/proc") else { return [] }
        defer { closedir(directory) }
        var children: [pid_t] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard let pid = pid_t(name), pid != me, parent(of: pid) == me else { continue }
            children.append(pid)
        }
        return children
    }

    /// The parent pid in /proc/PID/stat: the fourth field, after the command name in parentheses
    /// (which may itself hold spaces and parentheses, so the last ')' ends it).
    private static func parent(of pid: pid_t) -> pid_t? {
        let descriptor = open("/proc/\(pid)/stat", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
        guard count > 0, let close = buffer[0..<count].lastIndex(of: UInt8(ascii: ")")) else { return nil }
        let fields = buffer[(close + 1)..<count].split(separator: UInt8(ascii: " "))
        guard fields.count > 1 else { return nil }
        return pid_t(String(decoding: fields[1], as: UTF8.self))
    }
}
