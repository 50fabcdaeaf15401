import Dispatch

extension Array where Element: Sendable {
    /// `transform` applied to every element, spread over all cores; the results keep the elements' order.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        var results = [Result?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: count) { index in slots.base[index] = transform(self[index]) }
        }
        return results.map { $0! }
    }
}

/// Lets the parallel loop write each result into its own slot, which no other iteration touches.
private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T?>
}
