#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One folder's entries as `readdir` gives them (without `.` and `..`), sorted by name, their names kept as bytes in
/// one buffer: an evidence folder holds thousands of files, and making, comparing and moving a `String` for each
/// took most of the time the listing takes, at the start of every command, before any work can be shared by the cores.
struct FolderEntries {
    /// One entry: where its name lies in the buffer, and the kind `readdir` reports (`DT_REG`, `DT_DIR`, …).
    struct Entry {
        fileprivate let start: Int
        fileprivate let count: Int
        let type: UInt8
    }

    private var bytes: [UInt8] = []
    /// The entries, sorted by name.
    private(set) var entries: [Entry] = []
    /// True when every name is ASCII: then sorting bytes is sorting `String`s, and `/`-joined bytes make the path.
    private var ascii = true

    /// Reads the open folder `directory` to its end.
    init(reading directory: OpaquePointer) {
        while let entry = readdir(directory) {
            withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let name = UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: strnlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count))
                if name.count == 1 && name[0] == UInt8(ascii: ".") || name.count == 2 && name[0] == UInt8(ascii: ".") && name[1] == UInt8(ascii: ".") { return }
                if ascii { ascii = !name.contains { $0 >= 0x80 } }
                entries.append(Entry(start: bytes.count, count: name.count, type: entry.pointee.d_type))
                bytes.append(contentsOf: name)
            }
        }
        sortByName()
    }

    /// The entry's name.
    func name(_ entry: Entry) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[entry.start ..< entry.start + entry.count]), as: UTF8.self) }
    }

    /// True when the name ends with `suffix`, as `String.hasSuffix` says.
    func name(_ entry: Entry, endsWith suffix: String) -> Bool {
        guard ascii else { return name(entry).hasSuffix(suffix) }
        let tail = suffix.utf8
        return entry.count >= tail.count && bytes[(entry.start + entry.count - tail.count) ..< (entry.start + entry.count)].elementsEqual(tail)
    }

    /// True when the name starts with `.` (a hidden file), as `String.hasPrefix` says.
    func isHidden(_ entry: Entry) -> Bool {
        ascii ? bytes[entry.start] == UInt8(ascii: ".") : name(entry).hasPrefix(".")
    }

    /// `folder/name`, made in one step when every name is ASCII.
    func path(_ entry: Entry, in folder: String) -> String {
        guard ascii else { return folder + "/" + name(entry) }
        var folder = folder
        return folder.withUTF8 { prefix in
            bytes.withUnsafeBufferPointer { all in
                let total = prefix.count + 1 + entry.count
                return String(unsafeUninitializedCapacity: total) { out in
                    _ = out.initialize(fromContentsOf: prefix)
                    out[prefix.count] = UInt8(ascii: "/")
                    _ = UnsafeMutableBufferPointer(rebasing: out[(prefix.count + 1)...]).initialize(fromContentsOf: all[entry.start ..< entry.start + entry.count])
                    return total
                }
            }
        }
    }

    /// Sorts as `String`'s `<` does: for ASCII names that is the order of their bytes (compared without making a
    /// `String`); any other name is compared as a `String`, whose order follows canonical equivalence.
    private mutating func sortByName() {
        guard ascii else {
            let names = entries.map(name)
            let order = names.indices.sorted { names[$0] < names[$1] }
            entries = order.map { entries[$0] }
            return
        }
        guard entries.count > 1 else { return }
        bytes.withUnsafeBufferPointer { all in
            let base = all.baseAddress!
            entries.sort { a, b in
                let order = memcmp(base + a.start, base + b.start, min(a.count, b.count))
                return order != 0 ? order < 0 : a.count < b.count
            }
        }
    }
}
