#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Shows "loaded N of M files" on stderr when loading takes more than about a second,
/// only on a terminal and never under CI.
final class LoadProgress: Sendable {
    private let start = LoadProgress.now()
    private let shown = Mutex(false)
    private let enabled: Bool

    init() {
        enabled = Console.stderrIsTerminal && !Console.underCI
    }

    /// The callback to hand the loader.
    var callback: (@Sendable (Int, Int) -> Void)? {
        guard enabled else { return nil }
        return { [self] done, total in self.report(done, total) }
    }

    private func report(_ done: Int, _ total: Int) {
        guard LoadProgress.now() - start > 1.0 else { return }
        shown.withLock { shown in
            shown = true
            Console.error("\r\u{1B}[Kloading evidence: \(done) of \(total) files")
        }
    }

    /// Clears the progress line, if one was shown.
    func finish() {
        shown.withLock { shown in
            if shown { Console.error("\r\u{1B}[K") }
            shown = false
        }
    }

    private static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
