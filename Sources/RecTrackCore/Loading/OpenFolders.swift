#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folders of a tracker's files, each opened once, so reading ten thousand files does not
/// make the kernel walk the same long path ten thousand times.
final class OpenFolders: Sendable {
    /// A folder's descriptor by its path relative to the root (`Evidence/2020`).
    private let descriptors: [String: Int32]
    private let base: String

    /// More folders than any tracker has; past this, files are opened by their whole path (the folders a load keeps
    /// open at once, records' and evidence's together, stay within it, far from the usual limit of 1,024 descriptors).
    static let limit = 512

    /// How many folders are open.
    var count: Int { descriptors.count }

    /// Opens the folders that hold `paths` (relative to `base`, which ends with `/`), at most `limit` of them.
    init(base: String, paths: [String], limit: Int = OpenFolders.limit) {
        self.base = base
        var descriptors: [String: Int32] = [:]
        var previous: String?
        for path in paths {
            // Paths come sorted, so a folder's files follow one another: only a new folder is looked up.
            if let previous, PathParts.isDirectlyInside(path, folder: previous) { continue }
            guard let folder = PathParts.folder(path) else { continue }
            previous = folder
            guard descriptors[folder] == nil, descriptors.count < limit else { continue }
            let descriptor = open(base + folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            // A folder that cannot be opened is left out: its files are then opened by their whole
            // path, which gives the same message as any other file that cannot be read.
            if descriptor >= 0 { descriptors[folder] = descriptor }
        }
        self.descriptors = descriptors
    }

    deinit {
        for descriptor in descriptors.values { close(descriptor) }
    }

    /// Reads the file at `path`, relative to the root.
    func read(_ path: String) -> Result<[UInt8], FileProblem> {
        if let name = PathParts.folder(path), let folder = descriptors[name] {
            return FileReader.read(PathParts.fileName(path), in: folder)
        }
        return FileReader.read(base + path)
    }
}
