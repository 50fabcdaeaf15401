#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
/// What evidence is checked against: the tracker's recommendations, owners and metrics, and today.
struct EvidenceContext: Sendable {
    /// Each recommendation's milestones, by its position in ``index`` (the tracker's order): their ids for a `bears-on`
    /// entry's `milestone:`, their terms for what an `achieves` must meet. Arrays by position, not dictionaries by key:
    /// made for every record before any evidence is read, dictionaries of thousands of records took a tenth of `status`'s
    /// time at 3,000 records.
    let milestones: [[Milestone]]
    /// The same milestones' ids.
    let milestoneIDs: [[String]]
    /// Each recommendation's owners' ids, by the same position: who may decline it (``RejectionTerms``).
    let recommendationOwners: [[String]]
    /// Recommendation ids in the tracker's order.
    let recommendationIDs: [String]
    /// Finds the recommendation a file names, by its key, qualified id or short id.
    let index: RecommendationIndex
    /// Ids of recommendation records that failed to load: references to them are not checked.
    let brokenRecommendations: Set<String>
    let owners: OwnerDirectory
    let metrics: MetricCatalog
    let today: Day

    init(recommendations: [Recommendation], brokenRecommendations: Set<String> = [], owners: OwnerDirectory, metrics: MetricCatalog, today: Day) {
        self.brokenRecommendations = brokenRecommendations
        // Each takes a few milliseconds at thousands of recommendations, before any evidence can be read: side by side.
        let (milestones, index) = recommendations.count >= 64
            ? Concurrently.both({ recommendations.map { $0.milestones } }, { RecommendationIndex(recommendations) })
            : (recommendations.map { $0.milestones }, RecommendationIndex(recommendations))
        self.milestones = milestones
        self.milestoneIDs = milestones.map { $0.map(\.id) }
        self.recommendationOwners = recommendations.map { $0.owners }
        self.index = index
        self.recommendationIDs = index.ids
        self.owners = owners
        self.metrics = metrics
        self.today = today
    }
}

extension EvidenceContext {
    /// The key of the recommendation a file names as `written` (its key, qualified id, or a short id only one report has);
    /// nil after reporting an unknown (`code`) or ambiguous one, and silently for a record that failed to load.
    func key(of written: String, at location: @autoclosure () -> SourceLocation?, sink: DiagnosticSink, code: DiagnosticCode) -> String? {
        position(of: written, at: location(), sink: sink, code: code).map { index.ids[$0] }
    }

    /// ``key(of:at:sink:code:)``'s recommendation as its position in ``index``, for ``milestones``.
    func position(of written: String, at location: @autoclosure () -> SourceLocation?, sink: DiagnosticSink, code: DiagnosticCode) -> Int? {
        switch index.lookUp(written, strict: true) {
        case .found(let position):
            return position
        case .ambiguous(let choices):
            sink.report(.ambiguousRecommendation, "'\(written)' names a recommendation of several reports: write one of \(choices.joined(separator: ", "))", at: location())
        case .unknown:
            if brokenRecommendations.contains(written) { return nil }
            sink.report(code, "unknown recommendation '\(written)'.\(RecommendationReference.hint(written, known: recommendationIDs))", at: location())
        }
        return nil
    }
}

/// Reads and checks one evidence file: ``read(_:sink:)`` takes each key's value from the file's tree
/// (``EvidenceFastReader`` does the same from the parser's events), ``check(_:path:context:sink:)`` the rest.
enum EvidenceDecoder {
    private struct BearingKey: Hashable {
        let recommendation: String
        let milestone: String?
    }

    private struct ObservationKey: Hashable {
        let metric: String
        let period: Day
    }

    /// What each key of the file gives, read through ``EvidenceFields/keys``; every problem with a single value goes to the sink.
    static func read(_ node: YAMLNode, sink: DiagnosticSink) -> EvidenceFields {
        EvidenceFields.read(node, sink: sink)
    }

    /// Checks the values against each other, the file's path and the tracker, and makes the evidence when nothing is wrong.
    static func check(_ fields: EvidenceFields, path: String, context: EvidenceContext, sink: DiagnosticSink) -> Evidence? {
        let (id, date, title, publisher, url, kind) = (fields.id, fields.date, fields.title, fields.publisher, fields.url, fields.kind)
        let (summary, observationNodes, supersedes) = (fields.summary, fields.observationNodes, fields.supersedes)
        let (due, confidence, recorded) = (fields.due, fields.confidence, fields.recorded)
        let place = fields.keyPlaces
        if let id { checkID(id, date: date, path: path, at: place("id"), sink: sink) }
        if let date {
            if date.earliest > context.today {
                sink.report(.dateInFuture, "'date' \(date) is after today (\(context.today)); evidence records what has happened (put coming dates in 'due')", at: place("date"))
            }
            checkYearFolder(path: path, date: date, at: place("date"), sink: sink)
        }
        if let recorded {
            if recorded > context.today {
                sink.report(.recordedInFuture, "'recorded' \(recorded) is after today (\(context.today)); it is the day the file was added", at: place("recorded"))
            }
            if let date, recorded < date.earliest {
                sink.report(.recordedBeforeDate, "'recorded' \(recorded) is before the evidence's own date \(date); check both dates", at: place("recorded"))
            }
        }
        let owners = resolveOwners(fields.ownerNames, on: date, at: place("owners"), context: context, sink: sink)
        if let url, fields.reportedBy == nil, let publisher, let date, case .owner(let id) = context.owners.resolve(publisher, on: date.latest),
           let owner = context.owners.owner(id: id), !owner.domains.isEmpty, !owner.publishes(at: url) {
            sink.report(.addressOffPublisherSite, "the address is not on \(id)'s own site (\(owner.domains.joined(separator: ", "))); say whose page it is with 'reported-by:', so pages read '\(publisher), as reported by …'", at: place("url"))
        }
        let bearings = fields.bearings.compactMap { checkBearing($0, kind: kind, owners: owners, date: date, context: context, sink: sink) }
        if let date, !bearings.isEmpty, date.precision != .day, date.earliest <= context.today, date.latest > context.today {
            // Visibility counts a partial date from its last day, so until then this evidence bears on nothing.
            sink.report(.partialDateNotEnded, "'date' \(date) is a \(date.precision.rawValue) that has not ended (today is \(context.today)): a partial date counts from the end of its period, so this evidence bears on nothing until \(date.latest); give the full date if the source has it", at: place("date"))
        }
        checkDuplicateBearings(bearings, sink: sink)
        // Asked of the entries as written: one dropped for another fault (a record that failed to load) still gave its verdict.
        if let kind, kind == .response, !fields.bearings.isEmpty, !fields.bearings.contains(where: { $0.response != nil }) {
            sink.report(.responseWithoutVerdict, "evidence of kind 'response' must give the verdict with 'response:' (\(ResponseVerdict.givenList)) on its bears-on entry", at: place("bears-on"))
        }
        var observations: [Observation] = []
        if !observationNodes.isEmpty, let kind, !kind.mayObserve {
            sink.report(.observationsOnWrongKind, "'observations' are only for evidence of kind 'statistics' or 'report', not '\(kind.rawValue)'", at: place("observations"))
        } else {
            observations = observationNodes.compactMap { decodeObservation($0, date: date, context: context, sink: sink) }
            for index in Repeats.positions(in: observations.count, key: { ObservationKey(metric: observations[$0].metric, period: observations[$0].period) }) {
                let observation = observations[index]
                sink.report(.repeatedObservation, "'\(observation.metric)' for \(observation.period) is given twice in this file; keep one", at: observation.location)
            }
        }
        if let id, supersedes.contains(id) {
            sink.report(.supersedesItself, "evidence cannot supersede itself", at: place("supersedes"))
        }
        guard let id, let date, let title, let publisher, let kind, let summary, let recorded, !sink.hasErrors else { return nil }
        return Evidence(id: id, date: date, title: title, publisher: publisher, url: url, reportedBy: fields.reportedBy, kind: kind, owners: owners,
                        summary: summary, bearings: bearings, observations: observations, supersedes: supersedes,
                        due: due, confidence: confidence, recorded: recorded, workingNotes: fields.workingNotes, path: path,
                        keyLocations: fields.keyLocations)
    }

    /// The id must equal the file's stem and start with the date as written.
    private static func checkID(_ id: String, date: FactDate?, path: String, at location: @autoclosure () -> SourceLocation, sink: DiagnosticSink) {
        if idFits(id, date: date, path: path) { return }
        let name = PathParts.fileName(path)
        let stem = PathParts.stem(name)
        guard Identifier.isKebabCase(id) else {
            sink.report(.malformedEvidenceID, "id '\(id)' must be the date then a kebab-case name, such as '2022-05-23-independent-review-final-report' (lower-case letters, digits, hyphens; no slashes or dots)", at: location())
            return
        }
        if id != stem {
            sink.report(.idDiffersFromFile, "id '\(id)' differs from the file name '\(SafeText.escaped(name))'; the id must equal the file name without '.yaml'", at: location())
        }
        if let date {
            let prefix = date.description + "-"
            if !id.hasPrefix(prefix) || id.utf8.count <= prefix.utf8.count {
                sink.report(.idWithoutDate, "id '\(id)' must start with its date '\(date)' followed by '-' and a short name", at: location())
            }
        }
    }

    /// True when ``checkID(_:date:path:at:sink:)`` has nothing to say, worked out on bytes: every evidence file
    /// is checked, and cutting the path into strings cost more than reading the id. An id that fits is ASCII,
    /// and for ASCII text comparing bytes is comparing strings.
    private static func idFits(_ id: String, date: FactDate?, path: String) -> Bool {
        guard Identifier.isKebabCase(id) else { return false }
        var id = id, path = path, datePrefix = date?.description ?? ""
        return id.withUTF8 { id in
            path.withUTF8 { path in
                datePrefix.withUTF8 { datePrefix in
                    var nameStart = path.count
                    while nameStart > 0, path[nameStart - 1] != UInt8(ascii: "/") { nameStart -= 1 }
                    let name = UnsafeBufferPointer(rebasing: path[nameStart...])
                    // memcmp rather than a slice's elementsEqual, which compares byte by byte through generic indices.
                    func same(_ a: UnsafeBufferPointer<UInt8>, at start: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
                        b.isEmpty || a.count - start >= b.count && memcmp(a.baseAddress! + start, b.baseAddress!, b.count) == 0
                    }
                    let suffix = name.count > 5 && same(name, at: name.count - 5, EvidenceDecoder.yaml) ? 5
                        : name.count > 4 && same(name, at: name.count - 4, EvidenceDecoder.yml) ? 4 : 0
                    guard suffix > 0, name.count - suffix == id.count, same(name, at: 0, id) else { return false }
                    return datePrefix.isEmpty || (id.count > datePrefix.count + 1 && same(id, at: 0, datePrefix)
                                                  && id[datePrefix.count] == UInt8(ascii: "-"))
                }
            }
        }
    }

    private static var yaml: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: StaticString(".yaml").utf8Start, count: 5) }
    private static var yml: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: StaticString(".yml").utf8Start, count: 4) }

    private static func checkYearFolder(path: String, date: FactDate, at location: @autoclosure () -> SourceLocation, sink: DiagnosticSink) {
        guard let folder = PathParts.parentName(path), path.hasPrefix("Evidence/"), folder != "Evidence" else {
            sink.report(.wrongYearFolder, "evidence belongs in a year folder: move it to Evidence/\(date.earliest.year)/", at: nil)
            return
        }
        if folder != String(date.earliest.year) {
            sink.report(.wrongYearFolder, "the file is in folder '\(SafeText.escaped(folder))' but its date is \(date); move it to Evidence/\(date.earliest.year)/", at: location())
        }
    }

    private static func resolveOwners(_ names: [String], on date: FactDate?, at location: @autoclosure () -> SourceLocation,
                                      context: EvidenceContext, sink: DiagnosticSink) -> [String] {
        guard let date else { return [] }
        var ids: [String] = []
        for name in names {
            switch context.owners.resolve(name, on: date.latest) {
            case .owner(let id):
                if !ids.contains(id) { ids.append(id) }
            case .wrongDate(let owner, let expected):
                if case .owner(let id) = context.owners.resolve(name, on: date.earliest) {
                    if !ids.contains(id) { ids.append(id) }
                } else {
                    sink.report(.ownerNameWrongForDate, "owner '\(name)' was not called that on \(date): \(owner) was '\(expected)' then; write '\(expected)'", at: location())
                }
            case .unknown:
                let hint = Suggestion.didYouMean(name, in: context.owners.allNames)
                sink.report(.unknownOwner, "unknown owner '\(name)'.\(hint.isEmpty ? " Owners are: \(context.owners.ids.joined(separator: ", ")) (or a name they had on the date)." : hint)", at: location())
            }
        }
        return ids
    }

    /// Checks a `bears-on` entry against the evidence's kind and the tracker's recommendations.
    private static func checkBearing(_ fields: BearingFields, kind: EvidenceKind?, owners: [String], date: FactDate?, context: EvidenceContext,
                                     sink: DiagnosticSink) -> Bearing? {
        let (written, milestone, effect, response, note) = (fields.recommendation, fields.milestone, fields.effect, fields.response, fields.note)
        let place = fields.keyPlaces
        guard let written, let position = context.position(of: written, at: place("recommendation"), sink: sink, code: .unknownRecommendation)
        else { return nil }
        let recommendation = context.index.ids[position], milestones = context.milestoneIDs[position]
        if let milestone, !milestones.contains(milestone) {
            if milestones.isEmpty {
                sink.report(.noMilestonesToName, "\(recommendation)'s protocol has no milestones, so 'milestone: \(milestone)' cannot apply; remove it", at: place("milestone"))
            } else {
                let hint = Suggestion.didYouMean(milestone, in: milestones)
                sink.report(.unknownMilestone, "unknown milestone '\(milestone)' for \(recommendation).\(hint.isEmpty ? " Its milestones are: \(milestones.joined(separator: ", "))." : hint)", at: place("milestone"))
            }
            return nil
        }
        if let effect, milestone == nil, !milestones.isEmpty, effect == .achieves || effect == .progresses || effect == .setsBack {
            sink.report(.effectWithoutMilestone, "this '\(effect.rawValue)' names no milestone, so it moves nothing; add 'milestone:' (one of \(milestones.joined(separator: ", "))) or use 'effect: context'", at: fields.start)
        }
        if let response, kind != .response {
            sink.report(.verdictOnWrongKind, "'response: \(response.rawValue)' is only for evidence of kind 'response' (the government's formal response)", at: place("response"))
        }
        if response == ResponseVerdict.none {
            sink.report(.verdictNone, "'response: none' cannot be recorded as evidence; when there is no response, record nothing", at: place("response"))
        }
        if effect == .achieves, let kind, let milestone, let terms = context.milestones[position].first(where: { $0.id == milestone }),
           let date, let refusal = AchievementTerms.refusal(of: terms, kind: kind, owners: owners, date: date) {
            sink.report(.achievesNotAllowed, "this 'achieves' cannot meet \(recommendation) '\(milestone)': \(refusal), so it counts only as progress; write 'effect: progresses', or fix the evidence's kind or owners if they are wrong", at: place("effect"))
        }
        let recommendationOwners = context.recommendationOwners[position]
        if effect == .rejects, !RejectionTerms.byOwner(owners, of: recommendationOwners) {
            sink.report(.rejectsNotByOwner, "this 'rejects' is not by an owner of \(recommendation) (\(recommendationOwners.joined(separator: ", "))): only an owner can decline it, so it counts as context; name in 'owners' the owner whose refusal it records, or write 'effect: context'", at: place("effect"))
        }
        guard let effect else { return nil }
        return Bearing(recommendation: recommendation, milestone: milestone, effect: effect, response: response, note: note, location: fields.start)
    }

    private static func checkDuplicateBearings(_ bearings: [Bearing], sink: DiagnosticSink) {
        for index in Repeats.positions(in: bearings.count, key: { BearingKey(recommendation: bearings[$0].recommendation, milestone: bearings[$0].milestone) }) {
            let bearing = bearings[index]
            sink.report(.repeatedBearing, "\(bearing.recommendation)\(bearing.milestone.map { " milestone '\($0)'" } ?? "") is named twice in bears-on; merge the entries", at: bearing.location)
        }
    }

    private static let unitReader = ValueReader.indexedChoice(MetricUnit.self)

    private static func decodeObservation(_ node: YAMLNode, date: FactDate?, context: EvidenceContext, sink: DiagnosticSink) -> Observation? {
        var reader = MappingReader(node, entity: "an observation", sink: sink)
        let metricID = reader.required("metric", ValueReader.text)
        let period = reader.required("period", ValueReader.day)
        let value = reader.required("value", ValueReader.number)
        let unit = reader.optional("unit", unitReader)
        let note = reader.optional("note", ValueReader.text)
        let series = reader.optional("series", ValueReader.text)
        reader.finish()
        guard let metricID, !context.metrics.isBroken(metricID) else { return nil }
        guard let metric = context.metrics.metric(metricID) else {
            let hint = Suggestion.didYouMean(metricID, in: context.metrics.ids)
            sink.report(.unknownMetric, "unknown metric '\(metricID)'.\(hint.isEmpty ? " Metrics are defined in Recommendations/metrics.yaml." : hint)", at: reader.location(of: "metric"))
            return nil
        }
        if let unit, unit != metric.unit {
            sink.report(.unitMismatch, "'\(metricID)' is measured in \(metric.unit.rawValue), not \(unit.rawValue); convert the value or fix the unit", at: reader.location(of: "unit"))
        }
        if let period, period > context.today {
            sink.report(.periodInFuture, "'period' \(period) is after today (\(context.today)); a figure can only describe the past", at: reader.location(of: "period"))
        } else if let period, let date, period > date.latest {
            sink.report(.periodAfterEvidenceDate, "'period' \(period) is after this evidence's own date \(date): a publication can only give figures for periods that had ended by then; check the period and the evidence's date", at: reader.location(of: "period"))
        }
        guard let period, let value else { return nil }
        return Observation(metric: metricID, period: period, value: value, note: note, series: series, location: node.location)
    }
}
