import Dispatch

extension Array where Element: Sendable {
    /// `transform` applied to every element, spread over all cores; the results keep the elements' order.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard !isEmpty else { return [] }
        // Each result is written straight into its place in the array returned: results gathered as optionals and then
        // unwrapped into a second array would be copied once more, each part of each result retained and released.
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: count) { index in (slots.base + index).initialize(to: transform(self[index])) }
            initialized = count
        }
    }
}

/// Lets the parallel loop write each result into its own slot, which no other iteration touches.
private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
