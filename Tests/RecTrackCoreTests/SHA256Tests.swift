import Testing
@testable import RecTrackCore

/// The hand-written SHA-256 against the NIST test vectors (FIPS 180-4 examples and the SHAVS short messages).
struct SHA256Tests {
    struct Vector: Sendable, CustomTestStringConvertible {
        var name: String
        var message: [UInt8]
        var digest: String
        var testDescription: String { name }
    }

    static let vectors: [Vector] = [
        Vector(name: "empty", message: [], digest: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        Vector(name: "abc", message: Array("abc".utf8), digest: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        Vector(name: "two blocks (448 bits)", message: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
               digest: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        Vector(name: "896 bits",
               message: Array("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu".utf8),
               digest: "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        Vector(name: "SHAVS one byte 0xd3", message: [0xd3], digest: "28969cdfa74a12c82f3bad960b0b000aca2ac329deea5c2328ebc6f2ba9802c1"),
        Vector(name: "SHAVS 0x11af", message: [0x11, 0xaf], digest: "5ca7133fa735326081558ac312c620eeca9970d1e70a4b95533d956f072d1f98"),
        Vector(name: "55 bytes (padding fits one block)", message: [UInt8](repeating: 0x61, count: 55),
               digest: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        Vector(name: "56 bytes (padding needs a second block)", message: [UInt8](repeating: 0x61, count: 56),
               digest: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        Vector(name: "64 bytes (exactly one block)", message: [UInt8](repeating: 0x61, count: 64),
               digest: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
    ]

    @Test("NIST vector", arguments: vectors)
    func vector(_ vector: Vector) {
        #expect(SHA256.hex(vector.message) == vector.digest)
    }

    @Test("One million 'a' (FIPS 180-4 long message), fed in uneven pieces")
    func millionA() {
        var hasher = SHA256()
        let piece = [UInt8](repeating: 0x61, count: 997)
        var left = 1_000_000
        while left > 0 {
            let n = min(left, piece.count)
            hasher.update(piece[0..<n])
            left -= n
        }
        let hex = hasher.finalize().map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        #expect(hex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("Feeding bytes one at a time gives the same digest as all at once")
    func incremental() {
        let message = Array("The quick brown fox jumps over the lazy dog, again and again, across several blocks of input.".utf8)
        var hasher = SHA256()
        for byte in message { hasher.update([byte]) }
        #expect(hasher.finalize() == SHA256.hash(message))
        #expect(SHA256.hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
