#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Finds and stops what one plugin run left behind, even processes that left its process group or session.
///
/// Every run gets a token of its own in its environment (`RECTRACK_PLUGIN_RUN`), which its descendants
/// inherit. Once the run is over, any process still carrying that token belongs to nobody but that run, and
/// is stopped. A descendant that also clears its environment escapes this, but never the run's deadline.
enum PluginOrphans {
    /// The environment variable that carries a run's token.
    static let variable = "RECTRACK_PLUGIN_RUN"
    private static let counter = Atomic<Int>(0)

    /// A token no other run of this process has: "pid-count".
    static func newToken() -> String {
        "\(getpid())-\(counter.add(1, ordering: .relaxed).newValue)"
    }

    /// Kills every process (of this user) whose environment carries `token`, with its process group.
    /// Returns how many it found. Reads /proc (Linux); elsewhere it finds none.
    @discardableResult
    static func stop(token: String) -> Int {
        let entry = Array("\(variable)=\(token)".utf8)
        let me = getpid()
        guard let directory = opendir("/proc") else { return 0 }
        defer { closedir(directory) }
        var found = 0
        while let item = readdir(directory) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard let pid = pid_t(name), pid != me, environment(of: pid).contains(where: { $0.elementsEqual(entry) }) else { continue }
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
            found += 1
        }
        return found
    }

    /// The NUL-separated entries of /proc/PID/environ (empty when it cannot be read, as for another user's process).
    private static func environment(of pid: pid_t) -> [ArraySlice<UInt8>] {
        let descriptor = open("/proc/\(pid)/environ", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 8192)
        while bytes.count < 1 << 20 {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes.split(separator: 0)
    }
}
