/// Marsaglia's xorshift64* generator, seeded, so that property tests repeat exactly.
public struct XorShiftRandom: RandomNumberGenerator {
    private var state: UInt64

    /// A generator for `seed`; any seed works, 0 included.
    public init(seed: UInt64) {
        state = seed ^ 0x2545F4914F6CDD1D
        if state == 0 { state = 1 }
    }

    public mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545F4914F6CDD1D
    }
}
