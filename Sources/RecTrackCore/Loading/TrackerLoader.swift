import Dispatch
import Synchronization

/// What loading a tracker produced: the tracker (when its records could be read) and every problem found.
public struct LoadResult: Sendable {
    /// The tracker; nil when the report, owners or recommendations could not be read at all.
    public var tracker: Tracker?
    /// Every problem, sorted.
    public var diagnostics: DiagnosticReport
    /// True when the root, a required folder or a required file is missing (exit 66).
    public var missingInput: Bool
    /// The number of files read.
    public var fileCount: Int
    /// The SHA-256 (hex) of every file's bytes as they were read, by path relative to the root;
    /// filled only when the loader's ``TrackerLoader/recordsDigests`` is set.
    public var digests: [String: String] = [:]
}

/// Loads a tracker from its folder (or from files in memory), checking everything on the way.
///
/// Records load first (report, owners, metrics, recommendations), then every
/// evidence file is read, parsed and checked on all cores against them, then
/// checks that span files run (duplicate ids, `supersedes`).
public struct TrackerLoader: Sendable {
    /// The protocol kinds recommendations may use.
    public var registry: ProtocolRegistry
    /// The day "after today" is judged against.
    public var today: Day
    /// Called now and then with (files loaded, total) while evidence loads; from any thread.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// When set, the SHA-256 of every file is taken from the very bytes that were parsed
    /// (``LoadResult/digests``), so a snapshot's provenance matches what was assessed.
    public var recordsDigests = false

    /// Creates a loader.
    public init(registry: ProtocolRegistry, today: Day = .today(), progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.registry = registry
        self.today = today
        self.progress = progress
    }

    static let reportFile = "Recommendations/report.yaml"
    static let ownersFile = "Recommendations/owners.yaml"
    static let metricsFile = "Recommendations/metrics.yaml"

    /// Loads the tracker whose root folder is `root`.
    public func load(root: String) -> LoadResult {
        load(root: root, adding: [:])
    }

    /// Loads the tracker in `root` as if the files in `extra` (keyed by path relative to the root)
    /// were there too: how a new evidence file is checked against the whole tracker before it is written.
    public func load(root: String, adding extra: [String: [UInt8]]) -> LoadResult {
        guard FileReader.isDirectory(root) else {
            let diagnostic = Diagnostic(.noSuchRoot, path: root, at: nil, "no such folder; pass the tracker's root folder with --root")
            return LoadResult(tracker: nil, diagnostics: DiagnosticReport([diagnostic]), missingInput: true, fileCount: 0)
        }
        let scanner = TrackerScanner(root: root)
        let records = scanner.scanRecords()
        if !records.missing.isEmpty {
            return LoadResult(tracker: nil, diagnostics: DiagnosticReport(records.missing), missingInput: true, fileCount: 0)
        }
        // The evidence is listed (thousands of files, mostly the kernel's work) while the records are read.
        let pending = Pending { scanner.scanEvidence(after: records) }
        let base = root.hasSuffix("/") ? root : root + "/"
        let recordFolders = OpenFolders(base: base, paths: records.recommendationFiles)
        return assemble(root: root, recommendationFiles: records.recommendationFiles, reportFolders: records.reportFolders,
                        read: { path in extra[path].map { .success($0) } ?? recordFolders.read(path) }) {
            let listing = pending.wait()
            let added = extra.keys.filter { $0.hasPrefix("Evidence/") }
            let evidenceFiles = added.isEmpty ? listing.evidenceFiles : Array(Set(listing.evidenceFiles + added)).sorted()
            let addedReplies = extra.keys.filter { $0.hasPrefix("Replies/") }
            let replyFiles = addedReplies.isEmpty ? listing.replyFiles : Array(Set(listing.replyFiles + addedReplies)).sorted()
            let folders = OpenFolders(base: base, paths: listing.evidenceFiles + listing.replyFiles, limit: OpenFolders.limit - recordFolders.count)
            return LaterFiles(evidence: evidenceFiles, replies: replyFiles, scanDiagnostics: listing.diagnostics) { path in
                extra[path].map { .success($0) } ?? folders.read(path)
            }
        }
    }

    /// Loads a tracker from files held in memory, keyed by path relative to the root.
    public func load(root: String = ".", files: [String: [UInt8]]) -> LoadResult {
        let paths = files.keys.sorted()
        let read: @Sendable (String) -> Result<[UInt8], FileProblem> = { path in
            files[path].map { .success($0) } ?? .failure(FileProblem(errno: 2))
        }
        return assemble(root: root, recommendationFiles: paths.filter { $0.hasPrefix("Recommendations/") }, reportFolders: [], read: read) {
            LaterFiles(evidence: paths.filter { $0.hasPrefix("Evidence/") }, replies: paths.filter { $0.hasPrefix("Replies/") },
                       scanDiagnostics: [], read: read)
        }
    }

    /// The evidence and reply files to read, what listing them found wrong, and how to read them: listed while the
    /// records load.
    private struct LaterFiles {
        var evidence: [String]
        var replies: [String]
        var scanDiagnostics: [Diagnostic]
        var read: @Sendable (String) -> Result<[UInt8], FileProblem>
    }

    /// Loads the records, then the files `later` gives (called once the records are read).
    private func assemble(root: String, recommendationFiles: [String], reportFolders: [String],
                          read plainRead: @escaping @Sendable (String) -> Result<[UInt8], FileProblem>,
                          later: () -> LaterFiles) -> LoadResult {
        let digests = DigestRecorder(enabled: recordsDigests)
        let read: @Sendable (String) -> Result<[UInt8], FileProblem> = { path in digests.record(path, plainRead(path)) }
        var diagnostics: [Diagnostic] = []
        var missing = false

        // Looked up once per report: a set, so many reports do not each scan every record's path.
        let listed = Set(recommendationFiles)
        func parse(_ path: String, required: Bool) -> YAMLNode? {
            let sink = DiagnosticSink(path: path)
            defer { diagnostics += sink.diagnostics }
            guard listed.contains(path) || !required else {
                sink.report(.missingFile, "the file is missing; every tracker needs \(path): create it (rectrack's docs/file-formats.md describes it)", at: nil)
                missing = true
                return nil
            }
            guard listed.contains(path) else { return nil }
            return TrackerLoader.parseFile(path, read: read, sink: sink)
        }

        let ownersSink = DiagnosticSink(path: TrackerLoader.ownersFile)
        let owners = OwnerDirectory(parse(TrackerLoader.ownersFile, required: true).map { OwnersDecoder.decode($0, sink: ownersSink) } ?? [])
        diagnostics += ownersSink.diagnostics
        let ownersBroken = diagnostics.contains { $0.path == TrackerLoader.ownersFile && $0.severity == .error }
        let metricsSink = DiagnosticSink(path: TrackerLoader.metricsFile)
        let metrics = parse(TrackerLoader.metricsFile, required: false).map { MetricsDecoder.decode($0, sink: metricsSink) } ?? MetricCatalog([])
        diagnostics += metricsSink.diagnostics

        let layout = ReportFolders(files: recommendationFiles, folders: reportFolders, shared: [TrackerLoader.ownersFile, TrackerLoader.metricsFile])
        var reports: [Report] = [], reportsRead = true
        var reportByFolder: [String: String] = [:]
        for place in layout.places {
            let sink = DiagnosticSink(path: place.reportFile)
            defer { diagnostics += sink.diagnostics }
            guard let name = place.name else {
                let report = parse(TrackerLoader.reportFile, required: true).flatMap { ReportDecoder.decode($0, sink: sink) }
                if let report { reports.append(report) } else { reportsRead = false }
                reportByFolder[place.folder] = report?.id ?? ""
                continue
            }
            // The folder names the report even when its record is wrong, so its recommendations' ids say where they are.
            reportByFolder[place.folder] = name
            guard let node = parse(place.reportFile, required: true), var report = ReportDecoder.decode(node, sink: sink) else {
                reportsRead = false
                continue
            }
            if report.id != name {
                sink.report(.reportFolderMismatch, "the report's id '\(report.id)' differs from its folder's name '\(SafeText.escaped(name))'; rename the folder Recommendations/\(report.id)/ or write 'id: \(SafeText.escaped(name))'", at: ReportDecoder.idLocation(node))
                report.id = name
            }
            if let first = reports.first(where: { $0.id == report.id }) {
                sink.report(.duplicateReportID, "report id '\(first.id)' is also the id of the report in \(TrackerLoader.reportFile); give each report its own id, and its folder the same name", at: ReportDecoder.idLocation(node))
                reportsRead = false
                continue
            }
            reports.append(report)
        }
        diagnostics += layout.strayFolders.map(ReportFolders.stray)
        let qualified = layout.places.count > 1

        var recommendations: [Recommendation] = []
        var brokenRecommendations = Set<String>()
        let registry = self.registry
        let recordFiles = layout.places.flatMap(\.recordFiles)
        let folderReports = reportByFolder
        let loadRecord = { @Sendable (path: String) -> RecordLoad in
            let sink = DiagnosticSink(path: path)
            let node = TrackerLoader.parseFile(path, read: read, sink: sink)
            let context = ProtocolParsingContext(registry: registry, metrics: metrics, owners: owners, sink: sink)
            let report = folderReports[PathParts.folder(path) ?? ""] ?? ""
            if let node, var recommendation = RecommendationDecoder.decode(node, path: path, owners: owners, context: context) {
                recommendation.report = report
                return RecordLoad(recommendation: qualified ? recommendation.qualifiedByReport() : recommendation, brokenIDs: [], diagnostics: sink.diagnostics)
            }
            // Evidence naming a record that failed to load is not wrong itself; its errors are reported once, on the record.
            let declared = RecommendationDecoder.declaredIDs(node, path: path)
            let broken = qualified ? declared.union(declared.map { RecommendationIndex.qualified(report: report, id: $0) }) : declared
            return RecordLoad(recommendation: nil, brokenIDs: broken, diagnostics: sink.diagnostics)
        }
        // A few records are read in turn; thousands are worth both cores.
        var records = recordFiles.count >= 64 ? recordFiles.concurrentMap(loadRecord) : recordFiles.map(loadRecord)
        // Each record is moved out, first to last: a copy would retain every part of its recommendation, and dropping the
        // records then release them all (thousands of records, dozens of parts each).
        records.reverse()
        while let record = records.popLast() {
            if let recommendation = record.recommendation { recommendations.append(recommendation) }
            brokenRecommendations.formUnion(record.brokenIDs)
            diagnostics += record.diagnostics
        }
        diagnostics += RecordChecks.duplicateRecommendations(recommendations)
        if recordFiles.isEmpty && !missing {
            diagnostics.append(Diagnostic(.noRecommendations, path: "Recommendations", at: nil, "there are no recommendation records yet, so there is nothing to assess: add one file per recommendation, Recommendations/R01.yaml, R02.yaml … (rectrack's docs/file-formats.md describes them)"))
        }

        recommendations = Tracker.ordered(recommendations, reports: reports)
        let context = EvidenceContext(recommendations: recommendations, brokenRecommendations: brokenRecommendations,
                                      owners: owners, metrics: metrics, today: today)
        let files = later()
        let evidenceFiles = files.evidence, replyFiles = files.replies
        diagnostics += files.scanDiagnostics
        let readLater: @Sendable (String) -> Result<[UInt8], FileProblem> = { path in digests.record(path, files.read(path)) }
        let (evidence, evidenceDiagnostics) = loadEvidence(evidenceFiles, context: context, read: readLater)
        diagnostics += evidenceDiagnostics
        let (replies, replyDiagnostics) = loadReplies(replyFiles, recommendations: recommendations, evidence: evidence, evidenceFiles: evidenceFiles,
                                                      context: context, read: readLater)
        diagnostics += replyDiagnostics
        let finalRecommendations = recommendations, finalReports = reportsRead ? reports : []
        let sharedRead = [TrackerLoader.ownersFile, TrackerLoader.metricsFile].filter(listed.contains)
        let readRecords = layout.strayFolders.isEmpty ? recommendationFiles : (sharedRead + layout.files).sorted()
        // Checking ids across files and putting the evidence in date order are independent; with much evidence both take
        // a while. The checks are shared out so that both sides take about as long (ids 49 M instructions, deadlines 10 M and
        // cycles 5 M against the tracker's indexes 40 M and the series 34 M, at 30,000 evidence files).
        let (crossDiagnostics, (tracker, seriesDiagnostics)) = Concurrently.both({
            RecordChecks.crossEvidence(evidence) + SupersessionCycles.diagnostics(evidence)
                + RecordChecks.deadlineEvidence(finalRecommendations, evidence: evidence)
        }, {
            (finalReports.first.map { first in
                Tracker(root: root, report: first, otherReports: Array(finalReports.dropFirst()), owners: owners, metrics: metrics,
                        recommendations: finalRecommendations, evidence: evidence, replies: replies,
                        files: readRecords + evidenceFiles + replyFiles)
            }, SeriesChecks.diagnostics(evidence))
        })
        diagnostics += crossDiagnostics + seriesDiagnostics
        if let tracker { diagnostics += LinkChecks.diagnostics(tracker, today: today) }
        diagnostics = Self.withoutFollowOns(diagnostics, ownersBroken: ownersBroken, noRecommendations: finalRecommendations.isEmpty)
        return LoadResult(tracker: tracker, diagnostics: DiagnosticReport(diagnostics), missingInput: missing,
                          fileCount: readRecords.count + evidenceFiles.count + replyFiles.count, digests: digests.digests)
    }

    /// `diagnostics` without those that only repeat an error already given: with owners.yaml missing or wrong, every
    /// owner any file names is "unknown" (a hundred lines saying "Owners are: ." under the one that matters), and with
    /// no recommendation loaded, every one any file names is.
    static func withoutFollowOns(_ diagnostics: [Diagnostic], ownersBroken: Bool, noRecommendations: Bool) -> [Diagnostic] {
        guard ownersBroken || noRecommendations else { return diagnostics }
        return diagnostics.filter { diagnostic in
            switch diagnostic.code {
            case .unknownOwner: return !ownersBroken || diagnostic.path == TrackerLoader.ownersFile
            case .unknownRecommendation, .replyUnknownRecommendation: return !noRecommendations
            default: return true
            }
        }
    }

    /// Reads and parses evidence files on all cores; results keep the files' order.
    private func loadEvidence(_ paths: [String], context: EvidenceContext,
                              read: @Sendable (String) -> Result<[UInt8], FileProblem>) -> ([Evidence], [Diagnostic]) {
        let count = paths.count
        guard count > 0 else { return ([], []) }
        let chunk = 64
        let done = Mutex(0)
        let progress = self.progress
        let batches = Array(stride(from: 0, to: count, by: chunk)).concurrentMap { start -> [(Evidence?, [Diagnostic])] in
            let range = start ..< Swift.min(count, start + chunk)
            let batch = range.map { index -> (Evidence?, [Diagnostic]) in
                let path = paths[index]
                let sink = DiagnosticSink(path: path)
                let evidence = TrackerLoader.evidenceFields(path, read: read, sink: sink)
                    .flatMap { EvidenceDecoder.check($0, path: path, context: context, sink: sink) }
                return (evidence, sink.diagnostics)
            }
            if let progress {
                let total = done.withLock { value in value += range.count; return value }
                progress(total, count)
            }
            return batch
        }
        var evidence: [Evidence] = []
        evidence.reserveCapacity(count)
        var diagnostics: [Diagnostic] = []
        for (item, found) in batches.joined() {
            if let item { evidence.append(item) }
            diagnostics += found
        }
        return (evidence, diagnostics)
    }

    /// Reads and checks the owners' replies, in turn: there are a few, each checked against the recommendations and evidence.
    private func loadReplies(_ paths: [String], recommendations: [Recommendation], evidence: [Evidence], evidenceFiles: [String],
                             context: EvidenceContext, read: (String) -> Result<[UInt8], FileProblem>) -> ([Reply], [Diagnostic]) {
        guard !paths.isEmpty else { return ([], []) }
        // A citation of an evidence file that failed to load is not wrong itself: its errors are reported once, on the file.
        let listedIDs = evidenceFiles.map { PathParts.stem(PathParts.fileName($0)) }
        let replyContext = ReplyDecoder.Context(
            evidence: context,
            owners: Dictionary(recommendations.map { ($0.id, $0.owners) }, uniquingKeysWith: { a, _ in a }),
            evidenceIDs: Set(evidence.map { $0.id }).union(listedIDs))
        var replies: [Reply] = [], idLocations: [SourceLocation?] = [], diagnostics: [Diagnostic] = []
        for path in paths {
            let sink = DiagnosticSink(path: path)
            if let node = TrackerLoader.parseFile(path, read: read, sink: sink),
               let reply = ReplyDecoder.decode(node, path: path, context: replyContext, sink: sink) {
                replies.append(reply)
                let idAt: SourceLocation? = if case .mapping(let entries) = node.content { entries.first { $0.key == "id" }?.keyLocation } else { nil }
                idLocations.append(idAt)
            }
            diagnostics += sink.diagnostics
        }
        return (replies, diagnostics + RecordChecks.duplicateReplies(replies, idLocations: idLocations))
    }

    /// What loading one recommendation record gave.
    private struct RecordLoad: Sendable {
        var recommendation: Recommendation?
        var brokenIDs: Set<String>
        var diagnostics: [Diagnostic]
    }

    /// Reads and parses one file, reporting why not to the sink.
    static func parseFile(_ path: String, read: (String) -> Result<[UInt8], FileProblem>, sink: DiagnosticSink) -> YAMLNode? {
        bytes(path, read: read, sink: sink).flatMap { parse($0, sink: sink) }
    }

    /// Reads one evidence file's fields: straight from the parser's events when the file is well formed
    /// (nearly always), else from its parsed tree, reporting every problem to the sink.
    static func evidenceFields(_ path: String, read: (String) -> Result<[UInt8], FileProblem>, sink: DiagnosticSink) -> EvidenceFields? {
        guard let bytes = bytes(path, read: read, sink: sink) else { return nil }
        return EvidenceFastReader.read(bytes) ?? parse(bytes, sink: sink).map { EvidenceDecoder.read($0, sink: sink) }
    }

    private static func bytes(_ path: String, read: (String) -> Result<[UInt8], FileProblem>, sink: DiagnosticSink) -> [UInt8]? {
        switch read(path) {
        case .failure(let problem):
            sink.report(problem.code, problem.message, at: nil)
            return nil
        case .success(let bytes):
            return bytes
        }
    }

    private static func parse(_ bytes: [UInt8], sink: DiagnosticSink) -> YAMLNode? {
        do {
            return try YAMLParser.parse(bytes)
        } catch {
            sink.report(error.code, error.message, at: error.location)
            return nil
        }
    }
}

/// Takes the SHA-256 of each file as it is read, from any thread.
private final class DigestRecorder: Sendable {
    let enabled: Bool
    private let store = Mutex<[String: String]>([:])

    init(enabled: Bool) { self.enabled = enabled }

    /// Passes the read's result through, noting the digest of its bytes.
    func record(_ path: String, _ result: Result<[UInt8], FileProblem>) -> Result<[UInt8], FileProblem> {
        if enabled, case .success(let bytes) = result {
            let digest = SHA256.hex(bytes)
            store.withLock { $0[path] = digest }
        }
        return result
    }

    var digests: [String: String] { store.withLock { $0 } }
}
