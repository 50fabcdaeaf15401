#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RecTrackCore

/// The commit a tracker's git work tree has checked out, for a snapshot's provenance.
enum GitRevision {
    /// The full hash of `HEAD`, or nil when the folder is not in a git work tree, has no commit yet,
    /// or git is not installed.
    static func head(of root: String) -> String? {
        guard let output = run(["git", "-C", root, "rev-parse", "--verify", "--quiet", "HEAD"]) else { return nil }
        let hash = output.trimmingWhitespace
        let isHex = !hash.isEmpty && hash.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
        return isHex && (hash.count == 40 || hash.count == 64) ? hash : nil
    }

    /// Runs a program found on PATH, without a shell, and returns what it printed when it exited 0.
    private static func run(_ arguments: [String]) -> String? {
        var output: [Int32] = [0, 0]
        guard pipe(&output) == 0 else { return nil }
        for end in output { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, output[0])
        posix_spawn_file_actions_addclose(&actions, output[1])
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        close(output[1])
        defer { close(output[0]) }
        guard spawned == 0 else { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(output[0], $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // Exited (no signal) with status 0.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
