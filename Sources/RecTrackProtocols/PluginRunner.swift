import Foundation
import RecTrackCore

/// Runs an external plugin executable: no shell, a minimal environment, a timeout and a cap on what it may print.
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

    /// The executable for `name` in the first allowed folder that has it, refusing links that leave that folder.
    static func locate(_ name: String, in directories: [String]) -> Result<String, Failure> {
        for directory in directories {
            let candidate = (directory as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: candidate) else { continue }
            let realDirectory = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
            let realCandidate = URL(fileURLWithPath: candidate).resolvingSymlinksInPath().path
            guard realCandidate.hasPrefix(realDirectory + "/") else {
                return .failure(.notAllowed("the plugin '\(name)' is a link that leads outside its plugins folder; refused"))
            }
            guard FileManager.default.isExecutableFile(atPath: realCandidate) else {
                return .failure(.notAllowed("the plugin '\(name)' is not executable; run chmod +x on it"))
            }
            return .success(realCandidate)
        }
        return .failure(.notFound(name))
    }

    /// Runs `executable` with `input` on stdin and returns its stdout.
    static func run(_ executable: String, input: Data, timeout: Double) -> Result<Data, Failure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = []
        process.environment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        process.currentDirectoryURL = URL(fileURLWithPath: executable).deletingLastPathComponent()
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return .failure(.couldNotStart(error.localizedDescription))
        }
        let output = CappedReader(stdout.fileHandleForReading, limit: outputLimit)
        let errors = CappedReader(stderr.fileHandleForReading, limit: errorLimit)
        output.start()
        errors.start()
        DispatchQueue.global().async {
            // A plugin that never reads its stdin must not block us: write on another thread and ignore EPIPE.
            signal(SIGPIPE, SIG_IGN)
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        let deadline = DispatchTime.now() + timeout
        var timedOut = false
        while finished.wait(timeout: .now() + 0.05) == .timedOut {
            if output.overflowed { break }
            if DispatchTime.now() >= deadline { timedOut = true; break }
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        output.waitUntilDone()
        errors.waitUntilDone()
        if output.overflowed { return .failure(.tooMuchOutput) }
        if timedOut { return .failure(.timedOut(timeout)) }
        if process.terminationReason == .uncaughtSignal { return .failure(.signalled(process.terminationStatus)) }
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.data, as: UTF8.self).trimmingWhitespace
            return .failure(.exited(process.terminationStatus, String(message.prefix(300))))
        }
        return .success(output.data)
    }
}

/// Reads a pipe on its own thread, keeping at most `limit` bytes and noting when more arrived.
private final class CappedReader: @unchecked Sendable {
    private let handle: FileHandle
    private let limit: Int
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var buffer = Data()
    private var overflow = false

    init(_ handle: FileHandle, limit: Int) {
        self.handle = handle
        self.limit = limit
    }

    func start() {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.lock()
                if buffer.count + chunk.count > limit {
                    buffer.append(chunk.prefix(max(0, limit - buffer.count)))
                    overflow = true
                } else {
                    buffer.append(chunk)
                }
                lock.unlock()
            }
            done.signal()
        }
    }

    func waitUntilDone() { done.wait() }

    var data: Data { lock.lock(); defer { lock.unlock() }; return buffer }
    var overflowed: Bool { lock.lock(); defer { lock.unlock() }; return overflow }
}
