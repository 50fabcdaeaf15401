#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cheap pieces of a relative path, for checks that run once per evidence file.
enum PathParts {
    /// `x.yaml` of `Evidence/2020/x.yaml`.
    static func fileName(_ path: String) -> String {
        guard let slash = lastSlash(path, before: path.utf8.count) else { return path }
        return slice(path, slash + 1, path.utf8.count)
    }

    /// `Evidence/2020` of `Evidence/2020/x.yaml`; nil for a file at the top.
    static func folder(_ path: String) -> String? {
        lastSlash(path, before: path.utf8.count).map { slice(path, 0, $0) }
    }

    /// True when `path` names something directly inside `folder` (`Evidence/2020/x.yaml` in `Evidence/2020`).
    static func isDirectlyInside(_ path: String, folder: String) -> Bool {
        var path = path, folder = folder
        return path.withUTF8 { path in
            folder.withUTF8 { folder in
                path.count > folder.count && path[folder.count] == UInt8(ascii: "/")
                    && memcmp(path.baseAddress!, folder.baseAddress!, folder.count) == 0
                    && !path[(folder.count + 1)...].contains(UInt8(ascii: "/"))
            }
        }
    }

    /// `x` of `x.yaml` or `x.yml`.
    static func stem(_ name: String) -> String {
        if name.hasSuffix(".yaml") { return String(name.utf8.dropLast(5))! }
        if name.hasSuffix(".yml") { return String(name.utf8.dropLast(4))! }
        return name
    }

    /// `2020` of `Evidence/2020/x.yaml`; nil for a file at the top.
    static func parentName(_ path: String) -> String? {
        guard let last = lastSlash(path, before: path.utf8.count) else { return nil }
        let start = lastSlash(path, before: last).map { $0 + 1 } ?? 0
        return slice(path, start, last)
    }

    /// The byte offset of the last `/` before byte `end`.
    // String.UTF8View.lastIndex(of:) steps back one index at a time, at some thousands of instructions a path, and a
    // buffer slice's lastIndex(of:) still about 15 a byte; this loop takes a few.
    private static func lastSlash(_ path: String, before end: Int) -> Int? {
        var path = path
        return path.withUTF8 { bytes in
            var index = min(end, bytes.count) - 1
            while index >= 0 {
                if bytes[index] == UInt8(ascii: "/") { return index }
                index -= 1
            }
            return nil
        }
    }

    private static func slice(_ path: String, _ start: Int, _ end: Int) -> String {
        var path = path
        return path.withUTF8 { bytes in String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }
    }
}
