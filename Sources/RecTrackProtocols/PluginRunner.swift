#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CProcessControl
import Dispatch
import FoundationEssentials
import RecTrackCore
import Synchronization

/// Runs an external plugin executable: no shell, a minimal environment, a session of its own (so no
/// controlling terminal), a deadline on the whole run and a cap on what it may print.
///
/// The plugin runs in a session and process group of its own so that a timeout or a flood kills everything
/// it started: a shell script's children would otherwise keep the pipe open and hang the run. A descendant
/// that starts a session of its own escapes the group; ``PluginOrphans`` finds it by the run's token and stops
/// it, and the deadline holds whatever it does: nothing is read after it.
struct PluginRunner {
    /// The most a plugin may write to stdout.
    static let outputLimit = 1 << 20
    /// The most of stderr kept for the message.
    static let errorLimit = 4096

    enum Failure: Error, Equatable {
        case notFound(String)
        case notAllowed(String)
        case couldNotStart(String)
        case timedOut(Double)
        case tooMuchOutput
        case exited(Int32, String)
        case signalled(Int32)

        var message: String {
            switch self {
            case .notFound(let name): return "the plugin '\(name)' is not in any allowed plugins folder (the tracker's Plugins/ or one given with --allow-plugins)"
            case .notAllowed(let why): return why
            case .couldNotStart(let why): return "the plugin could not start: \(why)"
            case .timedOut(let seconds): return "the plugin did not finish within \(NumberText.format(seconds)) s and was stopped"
            case .tooMuchOutput: return "the plugin wrote more than 1 MiB and was stopped"
            case .exited(let code, let stderr): return "the plugin exited with status \(code)\(stderr.isEmpty ? "" : ": \(stderr)")"
            case .signalled(let signal): return "the plugin was killed by signal \(signal)"
            }
        }
    }

    /// The executable for `name` in the first allowed folder that has it, refusing links that leave that folder, and
    /// the tracker's own `Plugins/` (the first folder) when it is itself a link that leads out of `trackerRoot`.
    static func locate(_ name: String, in directories: [String], trackerRoot: String? = nil) -> Result<String, Failure> {
        var refusal: Failure?
        for (index, directory) in directories.enumerated() {
            let candidate = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            guard FileReader.exists(candidate) else { continue }
            if index == 0, let trackerRoot, let realRoot = FileReader.realPath(trackerRoot),
               let realFolder = FileReader.realPath(directory), !realFolder.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") {
                // Unless the same folder is also allowed by name, further down the list.
                refusal = .notAllowed("the tracker's Plugins/ folder is a link that leads outside the tracker (to \(realFolder)); refused. Allow that folder with --allow-plugins if you trust what is in it")
                continue
            }
            // A path that cannot be resolved (a broken link) stays as it is, and is then refused as not executable.
            let realDirectory = FileReader.realPath(directory) ?? directory
            let realCandidate = FileReader.realPath(candidate) ?? candidate
            guard realCandidate.hasPrefix(realDirectory + "/") else {
                return .failure(.notAllowed("the plugin '\(name)' is a link that leads outside its plugins folder; refused"))
            }
            guard access(realCandidate, X_OK) == 0 else {
                return .failure(.notAllowed("the plugin '\(name)' is not executable; run chmod +x on it"))
            }
            return .success(realCandidate)
        }
        return .failure(refusal ?? .notFound(name))
    }

    /// A pipe whose ends close on exec: a plugin started at the same moment on another thread must not
    /// inherit them, or it would hold them open and this plugin's output would never end. (`pipe2` is not
    /// visible from Swift here; the moment between the two calls is the only window left.)
    static func closeOnExecPipe(_ ends: inout [Int32]) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// Runs `executable` with `input` on stdin and returns its stdout.
    static func run(_ executable: String, input: Data, timeout: Double) -> Result<Data, Failure> {
        var stdinPipe: [Int32] = [0, 0], stdoutPipe: [Int32] = [0, 0], stderrPipe: [Int32] = [0, 0]
        guard closeOnExecPipe(&stdinPipe), closeOnExecPipe(&stdoutPipe), closeOnExecPipe(&stderrPipe) else {
            return .failure(.couldNotStart(String(cString: strerror(errno))))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
        for fd in stdinPipe + stdoutPipe + stderrPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        sigaddset(&defaultSignals, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        // A session of its own, where the C library offers it: no controlling terminal to read or write.
        let session = rectrack_spawn_setsid_flag()
        posix_spawnattr_setflags(&attributes, Int16(session != 0 ? Int32(session) : POSIX_SPAWN_SETPGROUP) | Int16(POSIX_SPAWN_SETSIGDEF))

        let directory = executable.lastIndex(of: "/").map { String(executable[..<$0]) } ?? "."
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(executable), nil]
        let token = PluginOrphans.newToken()
        let environment = ["PATH=/usr/local/bin:/usr/bin:/bin", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "HOME=\(directory)",
                           "\(PluginOrphans.variable)=\(token)"]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        var spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        // "Text file busy": the file is still open for writing somewhere, as when it was just written and a
        // process started meanwhile inherited that descriptor. It clears once the writer is gone; wait for it a little.
        var waited = 0.0
        while spawned == ETXTBSY && waited < min(timeout, 2) {
            usleep(50_000)
            waited += 0.05
            spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        }
        close(stdinPipe[0]); close(stdoutPipe[1]); close(stderrPipe[1])
        guard spawned == 0 else {
            close(stdinPipe[1]); close(stdoutPipe[0]); close(stderrPipe[0])
            return .failure(.couldNotStart(String(cString: strerror(spawned))))
        }

        let output = CappedReader(descriptor: stdoutPipe[0], limit: outputLimit)
        let errors = CappedReader(descriptor: stderrPipe[0], limit: errorLimit)
        output.start()
        errors.start()
        // A plugin that exits without reading its stdin would raise SIGPIPE here; the write fails quietly instead.
        signal(SIGPIPE, SIG_IGN)
        let writer = stdinPipe[1]
        let bytes = [UInt8](input)
        let writing = DispatchSemaphore(value: 0)
        let deadline = ContinuousClock.now + .milliseconds(Int64(timeout * 1000))
        // Non-blocking, so the writer gives up at the deadline: a descendant that left the plugin's group may hold the
        // pipe's read end open without reading, and a blocked write would then wait for it for ever.
        _ = fcntl(writer, F_SETFL, fcntl(writer, F_GETFL) | O_NONBLOCK)
        detachThread {
            // A plugin that never reads its stdin must not block us: write on another thread; a closed pipe just ends it.
            var offset = 0
            while offset < bytes.count {
                let result = bytes[offset...].withUnsafeBytes { write(writer, $0.baseAddress!, $0.count) }
                if result > 0 {
                    offset += result
                } else if result < 0 && errno == EINTR {
                    continue
                } else if result < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                    let left = deadline - ContinuousClock.now
                    guard left > .zero else { break }
                    var ready = pollfd(fd: writer, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, Int32(min(100, max(1, left / .milliseconds(1)))))
                } else {
                    break
                }
            }
            close(writer)
            writing.signal()
        }

        var status: Int32 = 0
        var exited = false
        var failure: Failure?
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { exited = true; break }
            if output.overflowed { failure = .tooMuchOutput; break }
            if ContinuousClock.now >= deadline { failure = .timedOut(timeout); break }
            usleep(5_000)
        }
        // Stop everything the plugin started, so no child keeps the pipes open.
        kill(-pid, SIGKILL)
        if !exited { waitpid(pid, &status, 0) }
        // A descendant that left the plugin's group may still hold the pipes: stop it, and read nothing after the deadline.
        var polls = 0
        while !(output.isDone && errors.isDone) {
            // The pipes usually close at once; look for what holds them only when they do not.
            if polls % 4 == 3 { PluginOrphans.stop(token: token) }
            polls += 1
            if ContinuousClock.now >= deadline {
                if failure == nil { failure = .timedOut(timeout) }
                break
            }
            usleep(5_000)
        }
        // Whatever the run left running (with its output closed or not) is stopped too: the run is over.
        PluginOrphans.stop(token: token)
        if failure != nil {
            // The readers end on their own once whatever holds the pipes is gone; nothing waits for them.
            return .failure(failure!)
        }
        writing.wait()
        if output.overflowed { return .failure(.tooMuchOutput) }
        let signalled = status & 0x7f
        if signalled != 0 { return .failure(.signalled(signalled)) }
        let code = (status >> 8) & 0xff
        guard code == 0 else {
            // What the plugin wrote is quoted to people: no control character or bidi control of its may reach them.
            let message = LineBreaks.joined(SafeText.neutralised(String(decoding: errors.data, as: UTF8.self))).trimmingWhitespace
            return .failure(.exited(code, String(message.prefix(300))))
        }
        return .success(output.data)
    }
}

/// Reads a pipe on its own thread, keeping at most `limit` bytes and noting when more arrived.
private final class CappedReader: Sendable {
    private struct State {
        var buffer = Data()
        var overflow = false
        var done = false
    }

    private let descriptor: Int32
    private let limit: Int
    private let state = Mutex(State())

    init(descriptor: Int32, limit: Int) {
        self.descriptor = descriptor
        self.limit = limit
    }

    func start() {
        detachThread { [self] in
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                let full = state.withLock { state in
                    if state.buffer.count + count > limit {
                        state.buffer.append(contentsOf: chunk[0..<max(0, limit - state.buffer.count)])
                        state.overflow = true
                        return true
                    }
                    state.buffer.append(contentsOf: chunk[0..<count])
                    return false
                }
                if full { break }
            }
            close(descriptor)
            state.withLock { $0.done = true }
        }
    }

    /// True once the pipe has been read to its end (or to the limit) and closed.
    var isDone: Bool { state.withLock { $0.done } }

    var data: Data { state.withLock { $0.buffer } }
    var overflowed: Bool { state.withLock { $0.overflow } }
}

/// Runs `body` on a new thread of its own: each pipe of a plugin is read or written with a blocking
/// call, which must never hold up a shared queue's threads.
private func detachThread(_ body: @escaping @Sendable () -> Void) {
    let box = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
    var thread = pthread_t()
    let started = pthread_create(&thread, nil, { pointer in
        let body = Unmanaged<ThreadBody>.fromOpaque(pointer!).takeRetainedValue()
        body.run()
        return nil
    }, box)
    if started == 0 {
        pthread_detach(thread)
    } else {
        // No thread of its own to be had: a shared one is better than none.
        let body = Unmanaged<ThreadBody>.fromOpaque(box).takeRetainedValue()
        DispatchQueue.global().async { body.run() }
    }
}

private final class ThreadBody: Sendable {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}
