import FoundationEssentials

/// Writes an `Encodable` value as `JSONEncoder` does with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`,
/// byte for byte, straight into one byte buffer.
///
/// `JSONEncoder` builds a tree of boxed values with a dictionary per object, then sorts and writes it: at 3,000
/// recommendations that was half of `status --format json`. Here each value is written in its final form as it is
/// encoded (its depth, and so its indent, is known), each member with its key as it arrives; an object whose keys
/// arrived out of order has its members moved into key order when its `encode(to:)` returns. Anything this writer
/// does not do as `JSONEncoder` does (nested containers, a second container for one value, a repeated key, the
/// Foundation types `JSONEncoder` special-cases, numbers JSON cannot hold) throws ``Unsupported``, and ``JSONOutput``
/// then uses `JSONEncoder` itself. A value that is ``DirectJSON`` (an assessment and its parts) writes itself.
struct SortedJSONWriter {
    /// A value this writer leaves to `JSONEncoder`.
    struct Unsupported: Error {}

    /// The JSON text of `value`, without a final newline, as it reads `depth` levels down in a document (its first line
    /// not indented).
    /// With `direct` false, every value goes through its `encode(to:)`, even one that is ``DirectJSON`` (for tests).
    static func write<T: Encodable>(_ value: T, depth: Int = 0, direct: Bool = true) throws -> [UInt8] {
        let output = Output(direct: direct)
        try output.write(value, depth: depth)
        return output.bytes.array
    }

    /// The types JSONEncoder writes its own way rather than through their `encode(to:)`.
    static func isSpecial<T>(_ type: T.Type) -> Bool {
        type == URL.self || type == Data.self || type == Date.self || type == Decimal.self
    }

    /// The buffer every container of one document writes into, and the values being written, innermost last.
    ///
    /// A container names its value by the id of the value's frame, and may write only while that value is the
    /// innermost one being written: containers are structs handed to arbitrary `encode(to:)` code, so a container
    /// kept and used later is refused rather than trusted.
    final class Output {
        // Only this writer's own code, on one thread, ever touches these: the run-time exclusivity check on each of
        // their millions of accesses cost more than a tenth of the writing.
        @exclusivity(unchecked) var bytes = ByteBuffer()
        /// Where an object's members are copied while they are put in key order, kept to save an allocation each time.
        @exclusivity(unchecked) private var scratch = ByteBuffer(capacity: 0)
        @exclusivity(unchecked) private var frames: [Frame] = []
        /// The members written so far of every object being written, the innermost object's last.
        @exclusivity(unchecked) private var members: [Member] = []
        /// Set where a container is misused in a call that cannot throw; the value then throws when it is finished.
        @exclusivity(unchecked) private var refused = false
        private var lastID = 0
        /// Whether a ``DirectJSON`` value writes itself rather than through its `encode(to:)`.
        private let direct: Bool
        /// How many objects had their members moved into key order: none, for a model declared in key order.
        private(set) var rearranged = 0

        /// A value being written.
        private struct Frame {
            enum Kind { case none, single, unkeyed, keyed }
            let id: Int
            /// Where its members begin in `members`.
            let firstMember: Int
            var kind = Kind.none
            /// The elements or members written so far.
            var count = 0
            /// False once a member's key did not come after the one before.
            var inOrder = true
        }

        /// Where one member of an object lies, from its indent to the end of its value, and where its key's text lies
        /// (inside the quotes, as written: escaped when `keyEscaped`).
        private struct Member {
            let start: Int
            let end: Int
            let keyStart: Int
            let keyEnd: Int
            let keyEscaped: Bool
        }

        /// What `encode(to:)` is handed for a value that can never be written to (a nested container, refused).
        static let noFrame = 0

        init(direct: Bool = true) {
            self.direct = direct
        }

        /// Writes `value` at `depth`, then closes its object or array.
        func write<T: Encodable>(_ value: T, depth: Int) throws {
            if direct, let value = value as? any DirectJSON { return try value.writeJSON(to: self, depth: depth) }
            if SortedJSONWriter.isSpecial(T.self) { throw Unsupported() }
            lastID += 1
            frames.append(Frame(id: lastID, firstMember: members.count))
            try value.encode(to: ValueEncoder(output: self, depth: depth, frame: lastID))
            try finish(depth: depth)
        }

        /// Writes `value` into the innermost frame, `frame`, which it takes over: for a value that hands itself over to
        /// another's encoding (a wrapper), which is what that value is.
        func writeWrapped<T: Encodable>(_ value: T, depth: Int, frame: Int) throws {
            guard isInnermost(frame), frames[frames.count - 1].kind == .none, !SortedJSONWriter.isSpecial(T.self) else {
                throw Unsupported()
            }
            try value.encode(to: ValueEncoder(output: self, depth: depth, frame: frame))
        }

        func refuse() { refused = true }

        private func isInnermost(_ frame: Int) -> Bool { frames.last?.id == frame }

        /// Opens `frame`'s value as an object; a second keyed container adds to the same object, as JSONEncoder's does
        /// (RecommendationView writes its assessment's members, then its own).
        func beginObject(_ frame: Int) {
            guard isInnermost(frame) else { return refuse() }
            switch frames[frames.count - 1].kind {
            case .none:
                frames[frames.count - 1].kind = .keyed
                bytes.append(UInt8(ascii: "{"))
            case .keyed: break
            case .single, .unkeyed: refuse()
            }
        }

        func beginArray(_ frame: Int) {
            guard isInnermost(frame), frames[frames.count - 1].kind == .none else { return refuse() }
            frames[frames.count - 1].kind = .unkeyed
            bytes.append(UInt8(ascii: "["))
        }

        /// How many elements `frame`'s array holds so far.
        func count(of frame: Int) -> Int {
            isInnermost(frame) ? frames[frames.count - 1].count : 0
        }

        /// Writes one member of `frame`'s object, `depth` being the object's: its key, then what `value` writes.
        func member(of frame: Int, key: String, depth: Int, _ value: () throws -> Void) throws {
            guard isInnermost(frame), frames[frames.count - 1].kind == .keyed else { throw Unsupported() }
            separate(frames[frames.count - 1].count)
            let start = bytes.count
            bytes.append(repeating: UInt8(ascii: " "), count: (depth + 1) * 2)
            let keyStart = bytes.count + 1
            let keyEscaped = writeString(key)
            let keyEnd = bytes.count - 1
            bytes.append(" : ")
            try value()
            let member = Member(start: start, end: bytes.count, keyStart: keyStart, keyEnd: keyEnd, keyEscaped: keyEscaped)
            // The frame is the innermost again: a value nested in the member was finished and removed.
            let top = frames.count - 1
            if frames[top].count > 0, keyOrder(members[members.count - 1], member) >= 0 { frames[top].inOrder = false }
            frames[top].count += 1
            members.append(member)
        }

        /// Writes one element of `frame`'s array, `depth` being the array's.
        func element(of frame: Int, depth: Int, _ value: () throws -> Void) throws {
            guard isInnermost(frame), frames[frames.count - 1].kind == .unkeyed else { throw Unsupported() }
            separate(frames[frames.count - 1].count)
            bytes.append(repeating: UInt8(ascii: " "), count: (depth + 1) * 2)
            try value()
            frames[frames.count - 1].count += 1
        }

        /// Writes `frame`'s value as one scalar.
        func single(_ frame: Int, _ value: () throws -> Void) throws {
            guard isInnermost(frame), frames[frames.count - 1].kind == .none else { throw Unsupported() }
            frames[frames.count - 1].kind = .single
            try value()
        }

        /// The line break before the first element or member, or the comma and line break before any other.
        private func separate(_ written: Int) {
            if written > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(0x0A)
        }

        /// Closes the innermost value and removes its frame.
        private func finish(depth: Int) throws {
            let frame = frames.removeLast()
            if refused { throw Unsupported() }
            switch frame.kind {
            case .none:
                throw Unsupported()  // JSONEncoder refuses a value that encodes nothing
            case .single:
                return
            case .unkeyed:
                if frame.count == 0 { bytes.append(0x0A) }  // an empty array is written with an empty line inside
                bytes.append(0x0A)
                bytes.append(repeating: UInt8(ascii: " "), count: depth * 2)
                bytes.append(UInt8(ascii: "]"))
            case .keyed:
                if frame.count == 0 {
                    bytes.append(0x0A)  // an empty object is written with an empty line inside
                } else if !frame.inOrder {
                    try sortMembers(from: frame.firstMember)
                }
                members.removeLast(members.count - frame.firstMember)
                bytes.append(0x0A)
                bytes.append(repeating: UInt8(ascii: " "), count: depth * 2)
                bytes.append(UInt8(ascii: "}"))
            }
        }

        /// Rewrites the members from `first` on, which lie one after another at the end of the buffer, in the order of
        /// their keys' UTF-8 bytes. Each keeps its text; only where it lies changes.
        private func sortMembers(from first: Int) throws {
            let region = members[first].start..<members[members.count - 1].end
            var repeated = false
            members.withUnsafeMutableBufferPointer { members in
                // Insertion sort, in place: a type's members arrive in the same order each time, few of them out of it.
                for index in (first + 1)..<members.count {
                    let member = members[index]
                    var slot = index
                    while slot > first {
                        let order = keyOrder(member, members[slot - 1])
                        repeated = repeated || order == 0
                        guard order < 0 else { break }
                        members[slot] = members[slot - 1]
                        slot -= 1
                    }
                    members[slot] = member
                }
            }
            if repeated { throw Unsupported() }  // JSONEncoder keeps the last of repeated keys; no model here repeats one
            rearranged += 1
            scratch.removeSuffix(from: 0)
            scratch.append(bytes, region)
            bytes.removeSuffix(from: region.lowerBound)
            for index in first..<members.count {
                let member = members[index]
                if index > first { bytes.append(",\n") }
                bytes.append(scratch, (member.start - region.lowerBound)..<(member.end - region.lowerBound))
            }
        }

        /// The order of `a`'s key and `b`'s by their UTF-8 bytes, the order JSONEncoder sorts keys in: negative when
        /// `a`'s comes first, zero when they are the same.
        private func keyOrder(_ a: Member, _ b: Member) -> Int {
            guard a.keyEscaped || b.keyEscaped else { return bytes.compare(a.keyStart..<a.keyEnd, b.keyStart..<b.keyEnd) }
            // An escape sorts as the byte it stands for, not as its backslash.
            let (x, y) = (unescaped(a), unescaped(b))
            return x == y ? 0 : x.lexicographicallyPrecedes(y) ? -1 : 1
        }

        /// A key's bytes as they were before ``writeString(_:)`` escaped them.
        private func unescaped(_ member: Member) -> [UInt8] {
            var key: [UInt8] = []
            var index = member.keyStart
            while index < member.keyEnd {
                let byte = bytes.byte(at: index)
                guard byte == UInt8(ascii: "\\") else {
                    key.append(byte)
                    index += 1
                    continue
                }
                let escape = bytes.byte(at: index + 1)
                switch escape {
                case UInt8(ascii: "n"): key.append(0x0A)
                case UInt8(ascii: "r"): key.append(0x0D)
                case UInt8(ascii: "t"): key.append(0x09)
                case UInt8(ascii: "b"): key.append(0x08)
                case UInt8(ascii: "f"): key.append(0x0C)
                case UInt8(ascii: "u"):  // \u00XX: only control characters are written so
                    key.append(Self.hexValue(bytes.byte(at: index + 4)) << 4 | Self.hexValue(bytes.byte(at: index + 5)))
                    index += 4
                default: key.append(escape)  // \" and \\
                }
                index += 2
            }
            return key
        }

        private static func hexValue(_ digit: UInt8) -> UInt8 {
            digit >= UInt8(ascii: "a") ? digit - UInt8(ascii: "a") + 10 : digit - UInt8(ascii: "0")
        }
    }
}
