import RecTrackCore

/// Writes the site's files into a folder, creating the folders they need; every file goes
/// through ``AtomicFile`` (temporary file, fsync, rename), so a reader never sees half a page.
public enum SiteWriter {
    /// Writes `files` under `folder`; throws ``AtomicFile/WriteError`` naming the path that failed. An empty folder name,
    /// the file system's root, and a symbolic link anywhere below `folder` are refused before anything is written.
    public static func write(_ files: [SiteFile], into folder: String) throws {
        guard !folder.trimmingWhitespace.isEmpty else {
            throw AtomicFile.WriteError("the output folder is empty: name a folder for the site, such as site")
        }
        let base = String(folder.reversed().drop { $0 == "/" }.reversed())
        guard !base.isEmpty, FileReader.realPath(base) != "/" else {
            throw AtomicFile.WriteError("rectrack will not write a site into the file system's root (\(folder)); name a folder for it, such as site")
        }
        var created: Set<String> = []
        for file in files {
            if let slash = file.path.lastIndex(of: "/") {
                let parent = String(file.path[..<slash])
                if created.insert(parent).inserted { try AtomicFile.createFolder(parent, under: base) }
            } else if created.insert("").inserted {
                try AtomicFile.createFolder("", under: base)
            }
            try AtomicFile.write(Array(file.contents.utf8), to: file.path, under: base)
        }
    }
}
