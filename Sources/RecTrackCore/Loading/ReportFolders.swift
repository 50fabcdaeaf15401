/// Where each report's files are: the root report in `Recommendations/` (its `report.yaml` and records) and each further
/// report in its own folder `Recommendations/<report-id>/`; `owners.yaml` and `metrics.yaml` are shared, at the top.
struct ReportFolders {
    /// One report's place: its folder (`Recommendations` for the root report), its record and its recommendations' files.
    struct Place {
        /// `Recommendations` or `Recommendations/<folder>`.
        let folder: String
        /// The folder's own name for a report folder; nil for the root.
        let name: String?
        /// `<folder>/report.yaml`.
        var reportFile: String { folder + "/report.yaml" }
        /// Whether `report.yaml` is among the files.
        let hasReportFile: Bool
        /// The recommendation records, in path order.
        let recordFiles: [String]
    }

    /// The root's place, then each report folder's by name.
    let places: [Place]
    /// Folders inside `Recommendations/` without a `report.yaml`: not reports, so not read (a warning says so), and
    /// a one-report tracker with a stray folder keeps its short ids.
    let strayFolders: [String]

    /// Sorts `files` (every file under `Recommendations/`) into places; `folders` adds report folders that hold no file.
    init(files: [String], folders: [String], shared: Set<String>) {
        var byFolder: [String: [String]] = [:]
        for folder in folders { byFolder[folder, default: []] = byFolder[folder] ?? [] }
        for path in files where !shared.contains(path) {
            byFolder[PathParts.folder(path) ?? "Recommendations", default: []].append(path)
        }
        let root = byFolder.removeValue(forKey: "Recommendations") ?? []
        func place(_ folder: String, _ paths: [String]) -> Place {
            let report = folder + "/report.yaml"
            return Place(folder: folder, name: folder == "Recommendations" ? nil : PathParts.fileName(folder),
                         hasReportFile: paths.contains(report), recordFiles: paths.filter { $0 != report }.sorted())
        }
        let folderPlaces = byFolder.keys.sorted().map { place($0, byFolder[$0]!) }
        let others = folderPlaces.filter(\.hasReportFile)
        strayFolders = folderPlaces.filter { !$0.hasReportFile }.map(\.folder)
        // A tracker of report folders alone has no root report; one with no folders always has one (or is missing it).
        let rootIsReport = others.isEmpty || !root.isEmpty
        places = (rootIsReport ? [place("Recommendations", root)] : []) + others
    }

    /// The warning for a folder inside `Recommendations/` that holds no `report.yaml`.
    static func stray(_ folder: String) -> Diagnostic {
        let shown = SafeText.escaped(PathParts.fileName(folder))
        return Diagnostic(.reportFolderWithoutRecord, path: folder, at: nil,
            "the folder '\(shown)/' has no report.yaml, so it is not a report and its files are not read: add Recommendations/\(shown)/report.yaml with the report's id '\(shown)', or move the folder out of Recommendations/")
    }

    /// Every file of the places, in order: what the tracker is read from.
    var files: [String] { places.flatMap { place in (place.hasReportFile ? [place.reportFile] : []) + place.recordFiles } }
}
