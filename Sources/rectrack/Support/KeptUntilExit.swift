import Synchronization

/// Values that live until the process exits.
///
/// A command's tracker is used until its last line of output, and then the process ends. Freeing
/// a hundred thousand evidence records one by one first would cost a noticeable share of the run
/// and give back nothing: the system reclaims the memory at exit all at once.
enum KeptUntilExit {
    private static let values = Mutex<[any Sendable]>([])

    /// Keeps `value` alive until the process exits.
    static func keep(_ value: any Sendable) {
        values.withLock { $0.append(value) }
    }
}
