import Dispatch
import Synchronization

/// Two independent pieces of work run at once, one on each core.
enum Concurrently {
    /// How much evidence makes a pass over it worth a second thread (below, starting the thread costs more).
    static let muchEvidence = 2_000

    /// Runs `first` and `second` at the same time and returns both results.
    static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let results = Mutex<(A?, B?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                let value = first()
                results.withLock { $0.0 = value }
            } else {
                let value = second()
                results.withLock { $0.1 = value }
            }
        }
        return results.withLock { ($0.0!, $0.1!) }
    }
}
