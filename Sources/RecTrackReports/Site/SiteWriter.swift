import RecTrackCore

/// Writes the site's folder whole: built beside the target and switched in at once under a lock (``WholeFolder``), so
/// two runs never mix and a run that fails (a full disk) or is killed leaves the old site as it was.
public enum SiteWriter {
    /// The file in every site rectrack writes, which lets the next run replace the folder whole.
    public static let marker = WholeFolder.Marker(name: ".rectrack-site", text: """
        This folder is a site written by rectrack report. Each run replaces the whole folder, so keep nothing else in it.

        """)

    /// Writes `files` as the folder `folder`; throws ``AtomicFile/WriteError`` naming the path that failed. An empty
    /// folder name, the file system's root, a folder holding files rectrack did not write, and a symbolic link below
    /// `folder` are refused before anything is written there. Another whole folder (the data package) passes its own
    /// `marker`, the command that writes it (`what`) and what the folder is, with a name for one (`kind`).
    public static func write(_ files: [SiteFile], into folder: String, marker: WholeFolder.Marker = marker, what: String = "report",
                             kind: (noun: String, example: String) = ("site", "site")) throws {
        guard !folder.trimmingWhitespace.isEmpty else {
            throw AtomicFile.WriteError("the output folder is empty: name a folder for the \(kind.noun), such as \(kind.example)")
        }
        let base = String(folder.reversed().drop { $0 == "/" }.reversed())
        guard !base.isEmpty, FileReader.realPath(base) != "/" else {
            throw AtomicFile.WriteError("rectrack will not write a \(kind.noun) into the file system's root (\(folder)); name a folder for it, such as \(kind.example)")
        }
        try WholeFolder.replace(base, marker: marker, what: what) { fresh in
            var created: Set<String> = []
            for file in files {
                let parent = file.path.lastIndex(of: "/").map { String(file.path[..<$0]) } ?? ""
                if created.insert(parent).inserted { try AtomicFile.createFolder(parent, under: fresh) }
                try AtomicFile.write(Array(file.contents.utf8), to: file.path, under: fresh)
            }
        }
    }
}
