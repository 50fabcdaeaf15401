/// Bytes written by appending small pieces, for text that is megabytes long: an append is a capacity check and a copy,
/// without the uniqueness check and generic `append(contentsOf:)` each append to a `[UInt8]` costs.
struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes have been written.
    private(set) var count = 0

    init(capacity: Int = 4096) {
        self.capacity = Swift.max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let larger = Swift.max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        append(UnsafeRawBufferPointer(bytes))
    }

    /// Appends ASCII text written in the source, such as `" : "`.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func append(repeating byte: UInt8, count repeats: Int) {
        guard repeats > 0 else { return }
        reserve(repeats)
        (base + count).initialize(repeating: byte, count: repeats)
        count += repeats
    }

    /// Appends the bytes at `range` of `other`, which must have been written.
    mutating func append(_ other: borrowing ByteBuffer, _ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= other.count)
        append(UnsafeRawBufferPointer(start: other.base + range.lowerBound, count: range.count))
    }

    /// Appends the decimal digits of `value`, written straight into place.
    mutating func appendDigits(of value: UInt64) {
        var digits = 1
        var rest = value
        while rest >= 10 { rest /= 10; digits += 1 }
        reserve(digits)
        rest = value
        var index = count + digits
        repeat {
            index -= 1
            base[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        } while rest > 0
        count += digits
    }

    /// The byte at `index`, which must have been written.
    func byte(at index: Int) -> UInt8 {
        precondition(index >= 0 && index < count)
        return base[index]
    }

    /// Compares the bytes at two written ranges as `memcmp` does, a shorter run that begins the other coming first:
    /// negative when `a`'s come first, zero when they are the same, positive otherwise.
    func compare(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        precondition(a.lowerBound >= 0 && a.upperBound <= count && b.lowerBound >= 0 && b.upperBound <= count)
        let common = Swift.min(a.count, b.count)
        for offset in 0..<common {
            let (x, y) = (base[a.lowerBound + offset], base[b.lowerBound + offset])
            if x != y { return Int(x) - Int(y) }
        }
        return a.count - b.count
    }

    /// Forgets every byte from `index` on.
    mutating func removeSuffix(from index: Int) {
        precondition(index >= 0 && index <= count)
        count = index
    }

    /// The bytes written, as an array.
    var array: [UInt8] {
        [UInt8](UnsafeBufferPointer(start: base, count: count))
    }
}
