#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The tracker's `Snapshots/` folder: one `YYYYQN.json` per published quarter.
///
/// A snapshot is never overwritten: a new one is created with ``ExclusiveFile``
/// (all or nothing, and never over an existing file), and replacing one needs a
/// reason, which is recorded in the new snapshot while the old file is kept under
/// `Snapshots/replaced/`. Writers hold ``SnapshotLock`` (`Snapshots/.lock`), so
/// two checks cannot race. Hidden files (`.lock`, temporary files) are never
/// taken for snapshots.
public struct SnapshotStore: Sendable {
    /// The folder's name under the tracker root.
    public static let folderName = "Snapshots"

    /// The tracker's root folder.
    public let root: String

    /// Creates a store for the tracker at `root`.
    public init(root: String) {
        self.root = root
    }

    /// The folder's path.
    public var folder: String { join(root, SnapshotStore.folderName) }

    /// A quarter's snapshot path relative to the root: `Snapshots/2026Q4.json`.
    public func relativePath(for quarter: Quarter) -> String { "\(SnapshotStore.folderName)/\(quarter).json" }

    private func absolutePath(for quarter: Quarter) -> String { join(root, relativePath(for: quarter)) }

    /// The quarters that have a snapshot, oldest first.
    public func quarters() -> [Quarter] {
        (FileSystem.names(in: folder) ?? []).compactMap { name in
            guard name.hasSuffix(".json"), let quarter = Quarter(String(name.dropLast(5))), "\(quarter).json" == name,
                  !FileReader.isDirectory(join(folder, name)) else { return nil }
            return quarter
        }.sorted()
    }

    /// The bytes of a quarter's snapshot, or nil when it has none.
    public func bytes(for quarter: Quarter) throws(SnapshotStoreError) -> [UInt8]? {
        let path = absolutePath(for: quarter)
        guard FileReader.exists(path) else { return nil }
        switch FileReader.read(path, limit: 64 << 20) {
        case .success(let bytes): return bytes
        case .failure(let problem): throw .unreadable(relativePath(for: quarter), problem.message)
        }
    }

    /// A quarter's snapshot, or nil when it has none; a file that is not a complete snapshot of that quarter, or holds
    /// a value no assessment can have, is an error naming the file and the value (see ``Snapshot/decode(_:expecting:)``).
    public func read(_ quarter: Quarter) throws(SnapshotStoreError) -> Snapshot? {
        guard let bytes = try bytes(for: quarter) else { return nil }
        do {
            return try Snapshot.decode(bytes, expecting: quarter)
        } catch {
            throw .invalid(relativePath(for: quarter), error)
        }
    }

    /// Takes the lock that every writer holds, creating `Snapshots/` when needed; throws
    /// ``SnapshotStoreError/locked(_:)`` at once when another process holds it.
    ///
    /// The lock is an advisory `flock` on `Snapshots/.lock`, released when the ``SnapshotLock``
    /// is dropped or the process ends, however it ends: a killed check never leaves a stale lock.
    public func lock() throws(SnapshotStoreError) -> SnapshotLock {
        // Under the tracker, never through a link: a Snapshots/ that is a link may lead out of the tracker.
        do { try AtomicFile.createFolder(SnapshotStore.folderName, under: root) } catch { throw .cannotWrite("\(error)") }
        let held: ProcessLock
        do {
            held = try ProcessLock.take(join(folder, ".lock"))
        } catch {
            switch error {
            case .held(let holder):
                let who = holder.map { " (process \($0))" } ?? ""
                throw .locked("another check is running on this tracker\(who): it holds \(SnapshotStore.folderName)/.lock. Wait for it to finish, then run again")
            case .cannotLock(let why):
                throw .cannotWrite("cannot lock \(SnapshotStore.folderName)/.lock: \(why)")
            }
        }
        removeLeftovers()
        let created = ignoreHiddenFiles() ? ["\(SnapshotStore.folderName)/.gitignore"] : []
        return SnapshotLock(held, created: created)
    }

    /// The text of `Snapshots/.gitignore`: the lock and temporary files are not part of the record
    /// (the file ignores itself too, so a tracker's repository needs no set-up).
    static let gitignore = """
        # Written by rectrack: its lock and temporary files are not part of the record.
        .lock
        .*.tmp*
        .*.new
        .gitignore

        """

    /// Writes `Snapshots/.gitignore` when it is missing, and says whether it did; best effort, as git is not needed.
    private func ignoreHiddenFiles() -> Bool {
        let path = join(folder, ".gitignore")
        guard !FileReader.exists(path) else { return false }
        return (try? ExclusiveFile.create(Array(SnapshotStore.gitignore.utf8), at: path)) != nil
    }

    /// Writes `snapshot` for its quarter. Without `reason`, an existing snapshot is kept: when this one
    /// reproduces it the result is ``WriteOutcome/unchanged(_:)``, otherwise ``SnapshotStoreError/exists(_:_:)``.
    /// With `reason`, a different existing snapshot is replaced, the reason and the old file's hash are
    /// recorded in the new one, and the old file is kept as `Snapshots/replaced/2026Q4-<hash>.json`.
    public func write(_ snapshot: Snapshot, replacing reason: String?, holding lock: SnapshotLock) throws(SnapshotStoreError) -> WriteOutcome {
        let relative = relativePath(for: snapshot.quarter)
        let path = absolutePath(for: snapshot.quarter)
        guard let existing = try bytes(for: snapshot.quarter) else {
            do {
                try ExclusiveFile.create(snapshot.encoded(), at: path)
            } catch {
                switch error {
                case .exists: throw .exists(relative, "it appeared while this check ran")
                case .cannotWrite(let message): throw .cannotWrite(message)
                }
            }
            return .written(relative)
        }
        let earlier = try? Snapshot.decode(existing)
        if let earlier, snapshot.reproduces(earlier) { return .unchanged(relative) }
        guard let reason else {
            throw .exists(relative, earlier.map { snapshot.differences(from: $0) } ?? "the existing file is not a complete snapshot")
        }
        let previousHash = SHA256.hex(existing)
        let keptRelative = "\(SnapshotStore.folderName)/replaced/\(snapshot.quarter)-\(previousHash.prefix(12)).json"
        do { try AtomicFile.createFolder("\(SnapshotStore.folderName)/replaced", under: root) } catch { throw .cannotWrite("\(error)") }
        do {
            try ExclusiveFile.create(existing, at: join(root, keptRelative))
        } catch {
            if case .cannotWrite(let message) = error { throw .cannotWrite(message) }
            // .exists: the same bytes were kept by an earlier replacement (the name holds their hash).
        }
        var replacement = snapshot
        replacement.replaced = Snapshot.Replacement(reason: reason, previousHash: previousHash)
        do {
            try AtomicFile.write(replacement.encoded(), to: path)
        } catch {
            throw .cannotWrite("\(error)")
        }
        return .replaced(relative, previousHash: previousHash, keptAt: keptRelative)
    }

    /// Removes hidden temporary files a killed writer left behind; only called with the lock held,
    /// when no other writer can be part-way through.
    private func removeLeftovers() {
        for place in [folder, join(folder, "replaced")] {
            for name in FileSystem.names(in: place) ?? [] where SnapshotStore.isLeftover(name) {
                unlink(join(place, name))
            }
        }
    }

    /// True for the hidden temporary files of ``AtomicFile`` and ``ExclusiveFile`` (`.2026Q4.json.tmp-…`, `.….new`).
    public static func isLeftover(_ name: String) -> Bool {
        // Broader than ``Leftovers/isTemporaryName(_:)``: nothing else is hidden in Snapshots/, and the lock is held.
        name.hasPrefix(".") && (name.contains(".tmp") || name.hasSuffix(".new"))
    }

    private func join(_ a: String, _ b: String) -> String { a.hasSuffix("/") ? a + b : a + "/" + b }
}

/// What writing a snapshot did.
public enum WriteOutcome: Sendable, Equatable {
    /// A new snapshot was created at this path (relative to the root).
    case written(String)
    /// The existing snapshot already records exactly this; nothing was written.
    case unchanged(String)
    /// The existing snapshot was replaced; the old file's hash, and where the old file was kept.
    case replaced(String, previousHash: String, keptAt: String)

    /// The snapshot's path relative to the root.
    public var path: String {
        switch self {
        case .written(let path), .unchanged(let path), .replaced(let path, _, _): return path
        }
    }
}

/// Why a snapshot could not be read or written; each case has its code (RT05xx), and ``diagnostic`` gives the line
/// to print, `Snapshots/2026Q3.json: error: … [RT0505 snapshot-value-out-of-range]`.
public enum SnapshotStoreError: Error, Sendable, CustomStringConvertible {
    /// Another process holds the lock.
    case locked(String)
    /// The quarter already has a different snapshot; the path and what differs.
    case exists(String, String)
    /// A snapshot file cannot be read; the path and why.
    case unreadable(String, String)
    /// A snapshot file is not a complete, possible snapshot of its quarter; the path and what is wrong.
    case invalid(String, SnapshotFormatError)
    /// The system refused a write.
    case cannotWrite(String)

    /// The kind of problem.
    public var code: DiagnosticCode {
        switch self {
        case .locked: return .snapshotLocked
        case .exists: return .snapshotExists
        case .unreadable: return .snapshotUnreadable
        case .invalid(_, let error): return error.code
        case .cannotWrite: return .snapshotCannotWrite
        }
    }

    /// True when a snapshot could not be read (bad data, exit 65), not written (exit 73).
    public var isReadFailure: Bool {
        switch self {
        case .unreadable, .invalid: return true
        case .locked, .exists, .cannotWrite: return false
        }
    }

    /// The problem as a diagnostic at the snapshot's file (or at `Snapshots/` when no one file is at fault).
    public var diagnostic: Diagnostic {
        switch self {
        case .exists(let path, let difference):
            return Diagnostic(code, path: path, at: nil, "it already exists and this check differs from it (\(difference)). It is the record of what was published, so it is kept; to replace it, run again with --replace --reason \"why\"")
        case .unreadable(let path, let why): return Diagnostic(code, path: path, at: nil, why)
        case .invalid(let path, let error): return Diagnostic(code, path: path, at: error.location, error.message)
        case .locked(let message), .cannotWrite(let message): return Diagnostic(code, path: SnapshotStore.folderName, at: nil, message)
        }
    }

    /// The message with the file it is about, without the code: what a report of the check quotes.
    public var description: String {
        switch self {
        case .locked(let message), .cannotWrite(let message): return message
        case .exists(let path, _), .unreadable(let path, _), .invalid(let path, _): return "\(path): \(diagnostic.message)"
        }
    }
}

/// The writers' lock on `Snapshots/.lock`, held until this value is dropped.
public final class SnapshotLock: Sendable {
    private let lock: ProcessLock
    /// The files taking the lock created besides the lock itself (`Snapshots/.gitignore` the first time), relative to the root.
    public let created: [String]

    init(_ lock: ProcessLock, created: [String]) {
        self.lock = lock
        self.created = created
    }
}
