import Dispatch
import Synchronization

/// Work started on another thread at once, its result waited for where it is needed.
final class Pending<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work`.
    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            let value = work()
            self.result.withLock { $0 = value }
            self.done.signal()
        }
    }

    /// The work's result, once it has ended.
    func wait() -> Value {
        done.wait()
        done.signal()  // so that a second wait does not block
        return result.withLock { $0! }
    }
}
