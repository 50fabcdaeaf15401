import Foundation
import RecTrackCore
import RecTrackTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing text given in pieces: the stream is the pieces one after another, however they fall around the writes.
@Suite struct FileDescriptorTests {
    /// Writes `pieces` to a new file through ``FileDescriptor/writeAll(pieces:to:)`` and reads the file back.
    private func written(_ pieces: [ArraySlice<UInt8>]) throws -> [UInt8] {
        let scratch = try TemporaryFolder()
        let path = scratch.path("out")
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(descriptor >= 0)
        #expect(FileDescriptor.writeAll(pieces: pieces, to: descriptor) == nil)
        close(descriptor)
        return Array(FileManager.default.contents(atPath: path) ?? Data())
    }

    @Test("small pieces, pieces across the mebibyte a write gathers, and a piece larger than it, in order")
    func piecesInOrder() throws {
        let mebibyte = 1 << 20
        let small = (0..<3000).map { index in Array("piece \(index), ".utf8)[...] }
        let nearlyFull = [UInt8](repeating: UInt8(ascii: "a"), count: mebibyte - 5)[...]
        let large = [UInt8]((0..<(2 * mebibyte + 7)).map { UInt8(truncatingIfNeeded: $0 % 251) })[...]
        // A slice that does not start at its array's first byte.
        let offset = Array("0123456789".utf8)[3..<7]
        for pieces in [small, [nearlyFull] + small, small + [large] + small, [large], [offset, large[...].dropFirst(3), offset], []] {
            #expect(try written(pieces) == Array(pieces.joined()))
        }
    }

    @Test("empty pieces write nothing and are no failure")
    func emptyPieces() throws {
        #expect(try written([[], [], []]) == [])
    }

    @Test("a descriptor that cannot be written gives its errno")
    func failure() {
        #expect(FileDescriptor.writeAll(pieces: [Array("text".utf8)[...]], to: -1) == EBADF)
    }
}
