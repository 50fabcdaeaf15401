import RecTrackCore

/// Writes the site's files into a folder, creating the folders they need; every file goes
/// through ``AtomicFile`` (temporary file, fsync, rename), so a reader never sees half a page.
public enum SiteWriter {
    /// Writes `files` under `folder`; throws ``AtomicFile/WriteError`` naming the path that failed.
    public static func write(_ files: [SiteFile], into folder: String) throws {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        try AtomicFile.createFolder(base.isEmpty ? "/" : base)
        var created: Set<String> = []
        for file in files {
            let path = base + "/" + file.path
            if let slash = path.lastIndex(of: "/") {
                let parent = String(path[..<slash])
                if created.insert(parent).inserted { try AtomicFile.createFolder(parent) }
            }
            try AtomicFile.write(Array(file.contents.utf8), to: path)
        }
    }
}
