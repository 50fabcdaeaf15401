#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole reads and writes on a file descriptor, retrying what the system cuts short, on Linux and macOS alike.
public enum FileDescriptor {
    /// Writes all of `bytes` to `descriptor`, retrying short writes and interruptions; returns the `errno` of a
    /// failure (a closed pipe, a full disk), or nil when everything was written.
    @discardableResult
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
    }

    /// Writes `pieces` one after another as one stream, gathered into writes of up to a mebibyte: few system calls,
    /// and no copy of the whole text (a status of thousands of recommendations is megabytes). Stops at the first failure
    /// and gives its errno, or nil.
    @discardableResult
    public static func writeAll(pieces: [ArraySlice<UInt8>], to descriptor: Int32) -> Int32? {
        let size = 1 << 20
        var gathered: [UInt8] = []
        gathered.reserveCapacity(size)
        for piece in pieces {
            if gathered.count + piece.count > size, !gathered.isEmpty {
                if let failure = writeAll(gathered, to: descriptor) { return failure }
                gathered.removeAll(keepingCapacity: true)
            }
            if piece.count >= size {
                if let failure = piece.withUnsafeBytes({ writeAll($0, to: descriptor) }) { return failure }
            } else {
                gathered += piece
            }
        }
        return gathered.isEmpty ? nil : writeAll(gathered, to: descriptor)
    }

    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    /// Reads into `buffer` from `offset`, retrying interruptions: the count read (0 at the end), or -1 on failure.
    public static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, from offset: Int) -> Int {
        while true {
            let count = systemRead(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if count < 0 && errno == EINTR { continue }
            return count
        }
    }
}

// The C library's read and write, named apart from the methods above (which a plain `read` inside them would mean).
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int { write(descriptor, bytes, count) }
private func systemRead(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(descriptor, bytes, count) }
