#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds a tracker's files: the records in `Recommendations/`, every evidence file under `Evidence/` and every
/// owner's reply under `Replies/` (a folder a tracker may lack).
///
/// Symbolic links are followed only while they stay inside the root; links out
/// of the tree, broken links and link loops are reported, never followed.
struct TrackerScanner {
    /// What was found.
    struct Listing {
        var recommendationFiles: [String] = []
        var evidenceFiles: [String] = []
        var replyFiles: [String] = []
        /// The folders directly inside `Recommendations/`, each a report's (`Recommendations/<report-id>`), by name.
        var reportFolders: [String] = []
        var diagnostics: [Diagnostic] = []
        var missing: [Diagnostic] = []
        /// The real paths of the folders read so far, so that a link back to one is reported, not read twice.
        fileprivate var visited = Set<String>()
        /// True once a symbolic link was met.
        fileprivate var sawLink = false
    }

    /// One folder walked on its own (``walkedAtOnce(subfoldersOf:)``), to take into a walk where it would have read it.
    private struct Walked: Sendable {
        var files: [String]
        var listing: Listing
    }

    let root: String
    private let realRoot: String

    init(root: String) {
        self.root = root
        self.realRoot = FileReader.realPath(root) ?? root
    }

    /// Lists everything: ``scanRecords()``, then ``scanEvidence(after:)``.
    func scan() -> Listing {
        let records = scanRecords()
        return records.missing.isEmpty ? scanEvidence(after: records) : records
    }

    /// The first part of the listing: which required folders are missing and, when none is, the records. Loading
    /// starts on the records while ``scanEvidence(after:)`` lists the (many more) evidence files.
    func scanRecords() -> Listing {
        var listing = Listing()
        let place = root == "." ? "the current folder" : SafeText.escaped(root)
        let absent = ["Recommendations", "Evidence"].filter { !FileReader.isDirectory(join(root, $0)) }
        for folder in absent {
            // With both missing this is no tracker at all: say how one starts, not only what is absent.
            let start = absent.count == 2
                ? "; \(place) is not a tracker. Run rectrack from a tracker's root or pass it with --root; a new tracker starts with Recommendations/ (report.yaml, owners.yaml and R01.yaml …) and Evidence/ (rectrack's docs/file-formats.md describes each file)"
                : "; run rectrack from a tracker's root or pass --root, or create the folder (a new tracker's Evidence/ may be empty)"
            listing.missing.append(Diagnostic(.missingFolder, path: folder, at: nil, "the folder '\(folder)/' is missing under \(place)" + start))
        }
        guard listing.missing.isEmpty else { return listing }
        var recommendationFiles: [String] = [], visited = Set<String>()
        walk("Recommendations", recursive: false, reportFolders: true, into: &recommendationFiles, listing: &listing, visited: &visited)
        listing.visited = visited
        listing.recommendationFiles = recommendationFiles.sortedIfNeeded(by: <)
        return listing
    }

    /// The rest of the listing that `records` (from ``scanRecords()``) began: the evidence and the replies. A
    /// folder already read for the records, through a link, is not read again.
    func scanEvidence(after records: Listing) -> Listing {
        var listing = records
        var visited = listing.visited
        var evidenceFiles: [String] = []
        walk("Evidence", recursive: true, into: &evidenceFiles, listing: &listing, visited: &visited,
             walked: walkedAtOnce(subfoldersOf: "Evidence"))
        if FileReader.isDirectory(join(root, "Replies")) {
            var replyFiles: [String] = []
            walk("Replies", recursive: true, into: &replyFiles, listing: &listing, visited: &visited)
            listing.replyFiles = replyFiles.sortedIfNeeded(by: <)
        }
        listing.evidenceFiles = evidenceFiles.sortedIfNeeded(by: <)
        listing.visited = visited
        return listing
    }

    /// The folders directly inside `relative` (Evidence/'s, one a year), each walked on its own and all at once on every
    /// core, by path: listing 100,000 evidence files took 60 ms on one core. Empty when fewer than two, and when any
    /// symbolic link was met in them: which of two ways to one folder is read first, and which is reported as a loop,
    /// depends on the order of the walk, so then the walk in turn decides, as it always did.
    private func walkedAtOnce(subfoldersOf relative: String) -> [String: Walked] {
        guard let directory = opendir(join(root, relative)) else { return [:] }
        let folder = FolderEntries(reading: directory)
        closedir(directory)
        // Only what readdir says is a folder: a link, or an entry of unknown kind, is left to the walk in turn.
        let paths = folder.entries.filter { $0.type == UInt8(DT_DIR) && !folder.isHidden($0) }.map { folder.path($0, in: relative) }
        guard paths.count > 1 else { return [:] }
        let scanner = self
        let walked = paths.concurrentMap { path in
            var files: [String] = [], listing = Listing(), visited = Set<String>()
            scanner.walk(path, recursive: true, into: &files, listing: &listing, visited: &visited)
            listing.visited = visited
            return Walked(files: files, listing: listing)
        }
        guard !walked.contains(where: \.listing.sawLink) else { return [:] }
        return Dictionary(uniqueKeysWithValues: zip(paths, walked))
    }

    /// Lists the files under `relative`: all the way down when `recursive`; else only its own, and with `reportFolders`
    /// also those of each folder directly inside it (a report's folder), whose own folders are not read. A folder in
    /// `walked` is taken from there, as the walk would have found it.
    private func walk(_ relative: String, recursive: Bool, reportFolders: Bool = false, into files: inout [String], listing: inout Listing,
                      visited: inout Set<String>, walked: [String: Walked] = [:]) {
        let absolute = join(root, relative)
        // A folder inside is checked before the walk goes into it; this catches Evidence/ or Recommendations/ itself
        // being a link that leads out of the tracker.
        if let real = FileReader.realPath(absolute), real != realRoot, !real.hasPrefix(realRoot + "/") {
            listing.diagnostics.append(Diagnostic(.linkOutsideTracker, path: relative, at: nil, "the symbolic link leads outside the tracker (to \(SafeText.escaped(real))); rectrack never reads through it: move the folder into the tracker instead"))
            return
        }
        if let real = FileReader.realPath(absolute), !visited.insert(real).inserted {
            listing.diagnostics.append(Diagnostic(.linkLoop, path: relative, at: nil, "this folder was already read through another link; skipped (a symbolic link loop?)"))
            return
        }
        guard let directory = opendir(absolute) else {
            let problem = FileProblem(errno: errno)
            listing.diagnostics.append(Diagnostic(problem.code, path: relative, at: nil, problem.message))
            return
        }
        let folder = FolderEntries(reading: directory)
        closedir(directory)
        for entry in folder.entries {
            if folder.isHidden(entry) {
                let name = folder.name(entry)
                if Leftovers.isTemporaryName(name) {
                    listing.diagnostics.append(Diagnostic(.leftoverTemporaryFile, path: relative + "/" + name, at: nil, "a temporary file that a rectrack run stopped part-way left behind; it is not read. Remove it (the next evidence add in this folder removes it once its writer has ended)"))
                } else if entry.type == UInt8(DT_DIR) {
                    listing.diagnostics.append(Diagnostic(.hiddenNotRead, path: relative + "/" + name, at: nil, "a hidden folder (its name starts with a dot) is not read, nor anything in it; if it holds evidence or records, remove the dot from its name"))
                } else if folder.name(entry, endsWith: ".yaml") || folder.name(entry, endsWith: ".yml") {
                    listing.diagnostics.append(Diagnostic(.hiddenNotRead, path: relative + "/" + name, at: nil, "a hidden file (its name starts with a dot) is not read, so it counts for nothing; if it is evidence or a record, remove the dot from its name"))
                }
                continue
            }
            let path = folder.path(entry, in: relative)
            let type = entry.type
            var mode: mode_t
            if type == UInt8(DT_REG) {
                // readdir already says it is a plain file: no lstat needed (FileReader checks again when it opens it).
                mode = S_IFREG
            } else {
                var info = stat()
                guard lstat(join(root, path), &info) == 0 else {
                    let problem = FileProblem(errno: errno)
                    listing.diagnostics.append(Diagnostic(problem.code, path: path, at: nil, problem.message))
                    continue
                }
                mode = info.st_mode & S_IFMT
            }
            if mode == S_IFLNK {
                listing.sawLink = true
                let full = join(root, path)
                guard let target = FileReader.realPath(full) else {
                    listing.diagnostics.append(Diagnostic(.brokenLink, path: path, at: nil, "the symbolic link points to nothing (or loops); remove it or fix its target"))
                    continue
                }
                guard target == realRoot || target.hasPrefix(realRoot + "/") else {
                    listing.diagnostics.append(Diagnostic(.linkOutsideTracker, path: path, at: nil, "the symbolic link leads outside the tracker (to \(target)); copy the file into the tracker instead"))
                    continue
                }
                var targetInfo = stat()
                guard stat(full, &targetInfo) == 0 else { continue }
                mode = targetInfo.st_mode & S_IFMT
            }
            if mode == S_IFDIR {
                if recursive, let done = walked[path] {
                    // Walked with no link in it, so its folders' real paths are its own: none can be in `visited` yet.
                    files += done.files
                    listing.diagnostics += done.listing.diagnostics
                    visited.formUnion(done.listing.visited)
                } else if recursive {
                    walk(path, recursive: true, into: &files, listing: &listing, visited: &visited)
                } else if reportFolders {
                    // A folder without report.yaml is no report: it is not read, as any folder here was before reports had folders.
                    guard FileReader.exists(join(root, path + "/report.yaml")) else {
                        listing.diagnostics.append(ReportFolders.stray(path))
                        continue
                    }
                    listing.reportFolders.append(path)
                    walk(path, recursive: false, into: &files, listing: &listing, visited: &visited)
                } else {
                    listing.diagnostics.append(Diagnostic(.nestedFolder, path: path, at: nil, "folders inside \(SafeText.escaped(relative))/ are not read; move its files up or out"))
                }
                continue
            }
            guard folder.name(entry, endsWith: ".yaml") || folder.name(entry, endsWith: ".yml") else {
                listing.diagnostics.append(Diagnostic(.notYAMLFile, path: path, at: nil, "not a YAML file (.yaml or .yml), so rectrack ignores it; rename it or move it out of \(relative.split(separator: "/").first ?? "")/"))
                continue
            }
            files.append(path)
        }
    }

    private func join(_ a: String, _ b: String) -> String {
        a.hasSuffix("/") ? a + b : a + "/" + b
    }
}
