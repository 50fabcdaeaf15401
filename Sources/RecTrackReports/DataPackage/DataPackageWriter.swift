import RecTrackCore

/// Writes the data package's folder whole, as the site is written (``SiteWriter``): built beside it and switched in
/// under a lock, and never over a folder that holds files rectrack did not write.
public enum DataPackageWriter {
    /// The file in every package folder `export` writes, which lets the next run replace the folder whole.
    public static let marker = WholeFolder.Marker(name: ".rectrack-data", text: """
        This folder is a data package written by rectrack export. Each run replaces the whole folder, so keep nothing else in it.

        """)

    /// Writes the package's `files` as the folder `folder`; throws ``AtomicFile/WriteError`` naming the path that failed.
    public static func write(_ files: [SiteFile], into folder: String) throws {
        try SiteWriter.write(files, into: folder, marker: marker, what: "export", kind: ("data package", "data"))
    }
}
